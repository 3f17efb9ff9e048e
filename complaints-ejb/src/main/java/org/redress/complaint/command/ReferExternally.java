package org.redress.complaint.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Refers the case to an external dispute-resolution body (ISO 10003). */
public record ReferExternally(
    @NotBlank @Size(max = 200) String body,
    @Size(max = 100) String externalReference,
    @Size(max = 4000) String recourseInformation) {}
