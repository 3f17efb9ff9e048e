package org.redress.analysis;

import java.io.Serializable;
import java.util.List;

/** Every KPI of every group of one period: what the KPI job writes for the period at once. */
public record PeriodSnapshot(Period period, List<KpiValue> values) implements Serializable {}
