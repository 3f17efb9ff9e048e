package org.redress.complaint.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Gives the investigation to a handler (ISO 10002 7.6), by their user name. */
public record Assign(@NotBlank @Size(max = 100) String assignee, @Size(max = 2000) String note) {}
