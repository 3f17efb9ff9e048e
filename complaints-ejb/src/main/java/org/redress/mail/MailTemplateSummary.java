package org.redress.mail;

import java.time.Instant;

/**
 * One line of the administrator's template list: an event's mail in one language, and whether it is
 * their own version ({@code customised}) or the default.
 */
public record MailTemplateSummary(
    String event,
    String language,
    MailEvent.Audience audience,
    boolean customised,
    String updatedBy,
    Instant updatedAt) {}
