package org.redress.complaint.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A manager's approval, or return for rework, of a proposed response above the threshold. */
public record DecideApproval(
    @NotNull(message = "{org.redress.validation.required}") Boolean approved,
    @Size(max = 2000) String comment) {}
