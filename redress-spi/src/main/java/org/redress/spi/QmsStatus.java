package org.redress.spi;

import java.time.Instant;

/**
 * A record's status as the QMS reports it.
 *
 * @param externalId the QMS's id of the record
 * @param status the QMS's own word for its state, shown to Redress's users as it is
 * @param changedAt when it last changed in the QMS, or {@code null} when the QMS does not say
 */
public record QmsStatus(String externalId, String status, Instant changedAt) {}
