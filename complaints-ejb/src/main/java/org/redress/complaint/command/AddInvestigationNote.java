package org.redress.complaint.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A finding of the investigation (ISO 10002 7.6). */
public record AddInvestigationNote(@NotBlank @Size(max = 10000) String text) {}
