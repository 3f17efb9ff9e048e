package org.redress.complaint.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.redress.complaint.Channel;

/** The decision as communicated to the complainant, and the channel used (ISO 10002 7.8). */
public record CommunicateDecision(
    @NotNull(message = "{org.redress.validation.required}") Channel channel,
    @Size(max = 10000) String message) {}
