package org.redress.complaint;

import org.redress.complaint.view.ComplaintDetails;

/**
 * The result of an intake: the complaint, and whether it was created now or already existed for the
 * same idempotency key (a replay).
 */
public record Submission(ComplaintDetails complaint, boolean replayed) {}
