package org.redress.complaint.command;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.redress.complaint.RemedyType;

/**
 * The proposed remedy (ISO 10002 7.7). Its value decides whether a manager must approve it first.
 */
public record ProposeResponse(
    @NotNull(message = "{org.redress.validation.required}") RemedyType remedyType,
    @NotBlank @Size(max = 10000) String summary,
    @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount,
    @Pattern(regexp = "[A-Z]{3}", message = "{org.redress.validation.currency}") String currency) {}
