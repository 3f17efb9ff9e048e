package org.redress.complaint.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Moves the case to the next internal tier. After a rejected decision, the recourse information
 * given to the complainant (internal escalation, external options) is recorded with it.
 */
public record Escalate(
    @NotBlank @Size(max = 2000) String reason, @Size(max = 4000) String recourseInformation) {}
