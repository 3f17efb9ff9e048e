package org.redress.outbox;

/**
 * The outbox at a glance.
 *
 * @param pending messages waiting for an attempt, including those retrying
 * @param retrying pending messages that failed at least once
 * @param failed messages set aside until the administrator retries them
 */
public record OutboxCounts(long pending, long retrying, long failed) {}
