package org.redress.complaint.command;

import java.time.Instant;

/**
 * A complaint taken over from another system by a bulk import: the complaint as received, when it
 * was received there (its deadlines run from that time), and the id the other system gave it,
 * unique within the {@code source}, so that importing it again creates nothing.
 */
public record ImportedComplaint(
    String source, String externalId, Instant receivedAt, NewComplaint complaint) {}
