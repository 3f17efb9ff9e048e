package org.redress.mail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Objects;

/**
 * A composed mail, as the outbox stores it.
 *
 * @param messageId the Message-ID, fixed when the mail is composed, with angle brackets
 * @param to the recipient's address
 * @param toName the recipient's name, or {@code null}
 * @param subject the subject, with the case reference in brackets
 * @param text the plain-text part
 * @param html the HTML part
 */
public record MailMessage(
    String messageId, String to, String toName, String subject, String text, String html) {

  public MailMessage {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }

  String toJson() {
    return Json.createObjectBuilder()
        .add("messageId", messageId)
        .add("to", to)
        .add("toName", toName == null ? "" : toName)
        .add("subject", subject)
        .add("text", text)
        .add("html", html)
        .build()
        .toString();
  }

  static MailMessage fromJson(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    String name = o.getString("toName", "");
    return new MailMessage(
        o.getString("messageId"),
        o.getString("to"),
        name.isEmpty() ? null : name,
        o.getString("subject"),
        o.getString("text"),
        o.getString("html"));
  }
}
