package org.redress.quality.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An action done, with the evidence that it was (a record, a document, a photo reference). */
public record CompleteAction(@NotBlank @Size(max = 4000) String evidence) {}
