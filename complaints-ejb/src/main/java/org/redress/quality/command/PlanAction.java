package org.redress.quality.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.redress.quality.ActionType;

/** An action planned against a nonconformity: what, who and by when. */
public record PlanAction(
    @NotNull(message = "{org.redress.validation.required}") ActionType type,
    @NotBlank @Size(max = 4000) String description,
    @NotBlank @Size(max = 100) String owner,
    @NotNull(message = "{org.redress.validation.required}") LocalDate dueOn) {}
