package org.redress.complaint.command;

import jakarta.validation.constraints.Size;

/** The complainant withdraws the complaint. */
public record Withdraw(@Size(max = 4000) String reason) {}
