package org.redress.complaint;

import java.time.Instant;

/**
 * What a deadline check found on a case: a deadline at 80% of its time, or missed and escalated to
 * the manager or the complaints officer.
 *
 * @param level {@link AlertLevel#WARNED}, {@link AlertLevel#MANAGER} or {@link
 *     AlertLevel#COMPLAINTS_OFFICER}
 */
public record DeadlineAlert(Deadline deadline, AlertLevel level, Instant dueAt) {}
