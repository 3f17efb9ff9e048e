package org.redress.analysis;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * An on-demand run of the KPI job: how many of the latest days, weeks and months to compute; null
 * keeps the job's default (35 days, 14 weeks, 13 months).
 */
public record StartKpiSnapshot(
    @Min(0) @Max(1000) Integer days,
    @Min(0) @Max(1000) Integer weeks,
    @Min(0) @Max(1000) Integer months) {}
