package org.redress.policy;

/**
 * The time limits complainants are told of: acknowledgement, the usual response time, the fastest
 * response for urgent (safety) cases, and how long a closed case can be reopened.
 */
public record PublishedTimeLimits(
    int acknowledgeWithinDays,
    int usualResponseDays,
    int urgentResponseDays,
    int reopenWindowDays) {}
