package org.redress.complaint.view;

import java.io.Serializable;
import java.time.Instant;
import org.redress.complaint.Channel;

/** The decision as it was communicated to the complainant. */
public record DecisionView(Channel channel, String message, Instant communicatedAt)
    implements Serializable {}
