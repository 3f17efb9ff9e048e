package org.redress.mail;

import java.time.Instant;
import java.util.List;

/**
 * One event's mail in one language as the administrator edits it: the template in force (their own
 * version when {@code customised}, else the default) and the variables it may use.
 *
 * @param event the template name, e.g. {@code information-request}
 * @param updatedBy who saved the customised version ({@code null} for the default)
 */
public record MailTemplateView(
    String event,
    String language,
    MailEvent.Audience audience,
    boolean customised,
    String subject,
    String text,
    String html,
    List<VariableView> variables,
    String updatedBy,
    Instant updatedAt) {

  /**
   * A variable the template may use, with the value the preview shows for it.
   *
   * @param presence {@code ALWAYS} in every mail, {@code OPTIONAL} in some (use it as a section),
   *     {@code FLAG} a yes/no (a section only)
   */
  public record VariableView(String name, MailEvent.Presence presence, Object sample) {}
}
