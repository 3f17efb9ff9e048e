package org.redress.analysis;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A KPI of one period, rated against its target.
 *
 * @param value null for "no data"
 * @param rag NO_DATA also when the KPI has no target
 */
public record KpiPoint(Kpi kpi, LocalDate periodStart, BigDecimal value, long sampleSize, Rag rag)
    implements Serializable {}
