package org.redress.complaint.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Reopens a finished case within the configured window, with the reason. */
public record Reopen(@NotBlank @Size(max = 4000) String reason) {}
