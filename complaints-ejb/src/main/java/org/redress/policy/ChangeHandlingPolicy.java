package org.redress.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A change of the handling policy, all of it at once, as the administration page saves it. */
public record ChangeHandlingPolicy(
    @NotNull @Min(1) @Max(60) Integer acknowledgeWithinDays,
    @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal approvalThreshold,
    @NotNull @Min(0) @Max(365) Integer reopenWindowDays,
    @NotNull @Size(min = 12, max = 12) List<PolicySettings.@Valid @NotNull Cell> matrix,
    @NotNull @Size(min = 4, max = 4) List<PolicySettings.@Valid @NotNull Target> responseDays) {}
