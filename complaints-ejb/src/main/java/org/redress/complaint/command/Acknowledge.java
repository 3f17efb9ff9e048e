package org.redress.complaint.command;

import jakarta.validation.constraints.Size;
import org.redress.complaint.Channel;

/** The acknowledgement sent to the complainant (ISO 10002 7.4): how, and what it said. */
public record Acknowledge(Channel channel, @Size(max = 4000) String message) {}
