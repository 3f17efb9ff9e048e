package org.redress.analysis;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One KPI of one group of complaints in a period.
 *
 * @param value null when there was nothing to measure ("no data")
 * @param sampleSize how many complaints the value was computed from
 */
public record KpiValue(Dimension dimension, String key, Kpi kpi, BigDecimal value, long sampleSize)
    implements Serializable {}
