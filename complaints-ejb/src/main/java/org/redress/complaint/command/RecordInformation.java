package org.redress.complaint.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.redress.complaint.Channel;

/** The complainant's answer to a request for information, as it reached staff. */
public record RecordInformation(@NotBlank @Size(max = 10000) String text, Channel channel) {}
