package org.redress.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A change of the handling policy, all of it at once, as the administration page saves it. {@code
 * acknowledgeAutomatically} left out means no; {@code retentionMonths} and {@code
 * reportingCurrency} left out keep theirs.
 */
public record ChangeHandlingPolicy(
    @NotNull(message = "{org.redress.validation.required}")
        @DecimalMin("0")
        @Digits(integer = 15, fraction = 2)
        BigDecimal approvalThreshold,
    @NotNull(message = "{org.redress.validation.required}") @Min(0) @Max(365)
        Integer reopenWindowDays,
    @NotNull(message = "{org.redress.validation.required}") @Size(min = 12, max = 12)
        List<PolicySettings.@Valid @NotNull(message = "{org.redress.validation.required}") Cell>
            matrix,
    Boolean acknowledgeAutomatically,
    @Min(1) @Max(1200) Integer retentionMonths,
    @Pattern(regexp = "[A-Z]{3}", message = "{org.redress.validation.currency}")
        String reportingCurrency) {}
