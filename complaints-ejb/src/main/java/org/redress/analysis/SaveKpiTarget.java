package org.redress.analysis;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A manager's target for one KPI: green from, amber from. */
public record SaveKpiTarget(
    @NotNull(message = "{org.redress.validation.required}") Kpi kpi,
    @NotNull(message = "{org.redress.validation.required}") @DecimalMin("0") BigDecimal green,
    @NotNull(message = "{org.redress.validation.required}") @DecimalMin("0") BigDecimal amber) {}
