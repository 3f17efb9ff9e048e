package org.redress.quality.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.redress.quality.NonconformitySeverity;
import org.redress.quality.NonconformitySource;

/**
 * A new nonconformity. Raised from complaints, it names them; their product, lot and descriptions
 * come along as its context.
 */
public record RaiseNonconformity(
    @NotNull(message = "{org.redress.validation.required}") NonconformitySource source,
    @NotNull(message = "{org.redress.validation.required}") NonconformitySeverity severity,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 10000) String description,
    @Size(max = 4000) String containment,
    @Size(max = 50) List<@NotBlank @Size(max = 20) String> complaints) {}
