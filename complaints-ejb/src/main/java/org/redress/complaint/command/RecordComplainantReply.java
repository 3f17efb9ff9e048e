package org.redress.complaint.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.redress.complaint.Channel;

/** The complainant accepts or rejects the decision (ISO 10002 7.9), with an optional comment. */
public record RecordComplainantReply(
    @NotNull(message = "{org.redress.validation.required}") Boolean accepted,
    @Size(max = 4000) String comment,
    Channel channel) {}
