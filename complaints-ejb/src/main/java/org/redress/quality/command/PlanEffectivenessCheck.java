package org.redress.quality.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** How and when the effect of the actions will be verified, and by whom. */
public record PlanEffectivenessCheck(
    @NotBlank @Size(max = 4000) String criteria,
    @NotNull(message = "{org.redress.validation.required}") LocalDate plannedOn,
    @NotBlank @Size(max = 100) String verifier) {}
