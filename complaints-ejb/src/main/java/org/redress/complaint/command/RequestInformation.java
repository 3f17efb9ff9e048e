package org.redress.complaint.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.redress.complaint.Channel;

/**
 * A request to the complainant for the information the investigation needs. Until they answer, the
 * response and resolution deadlines stand still. By {@code EMAIL} (or, left out, when the
 * complainant prefers email) the request is mailed.
 */
public record RequestInformation(@NotBlank @Size(max = 4000) String question, Channel channel) {}
