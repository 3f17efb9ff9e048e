package org.redress.survey;

import java.io.Serializable;
import java.time.Instant;

/**
 * The survey results of a period (by the time of the answer): how many were invited and answered,
 * and the average scores (null without answers).
 */
public record SurveySummary(
    Instant from,
    Instant to,
    long invited,
    long answered,
    Double overall,
    Double fair,
    Double timely,
    Double clear,
    long low)
    implements Serializable {}
