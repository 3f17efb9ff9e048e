package org.redress.complaint.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.redress.complaint.ClosingOutcome;

/**
 * Closes the case with an outcome. Which of the other fields are required depends on the outcome: a
 * reason for NOT_A_COMPLAINT and NO_REPLY, the recourse information given for OPTIONS_EXHAUSTED,
 * the external body's outcome for EXTERNAL_DECISION.
 */
public record Close(
    @NotNull(message = "{org.redress.validation.required}") ClosingOutcome outcome,
    @Size(max = 4000) String reason,
    @Size(max = 4000) String externalOutcome,
    @Size(max = 4000) String recourseInformation) {}
