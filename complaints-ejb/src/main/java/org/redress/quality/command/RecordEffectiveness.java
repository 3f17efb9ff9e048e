package org.redress.quality.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The result of the effectiveness check: did the actions remove the problem? */
public record RecordEffectiveness(
    @NotNull(message = "{org.redress.validation.required}") Boolean effective,
    @Size(max = 4000) String notes) {}
