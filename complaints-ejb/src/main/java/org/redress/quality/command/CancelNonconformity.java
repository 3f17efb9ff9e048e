package org.redress.quality.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancels a nonconformity recorded in error, with the reason. */
public record CancelNonconformity(@NotBlank @Size(max = 4000) String reason) {}
