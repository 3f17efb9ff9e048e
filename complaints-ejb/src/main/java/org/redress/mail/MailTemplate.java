package org.redress.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An administrator's own version of the mail for one event in one language. While it exists it is
 * sent instead of the template that ships with Redress; removing it brings the default back.
 */
@Entity
@Table(name = "MAIL_TEMPLATE")
@IdClass(MailTemplate.Key.class)
public class MailTemplate {

  @Id
  @Column(name = "EVENT", length = 50)
  private String event;

  @Id
  @Column(name = "LANGUAGE", length = 10)
  private String language;

  @Column(name = "SUBJECT", nullable = false, length = 500)
  private String subject;

  @Column(name = "TEXT_BODY", nullable = false, columnDefinition = "TEXT")
  private String textBody;

  @Column(name = "HTML_BODY", nullable = false, columnDefinition = "TEXT")
  private String htmlBody;

  @Column(name = "UPDATED_BY", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "UPDATED_AT", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected MailTemplate() {}

  /** A new version of an event's mail; the source has passed {@link TemplateCheck}. */
  public MailTemplate(
      String event, String language, MailTemplateSource source, String actor, Instant now) {
    this.event = event;
    this.language = language;
    change(source, actor, now);
  }

  /** Replaces the three parts; the source has passed {@link TemplateCheck}. */
  public void change(MailTemplateSource source, String actor, Instant now) {
    this.subject = source.subject();
    this.textBody = source.text();
    this.htmlBody = source.html();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public MailTemplateSource source() {
    return new MailTemplateSource(subject, textBody, htmlBody);
  }

  public String event() {
    return event;
  }

  public String language() {
    return language;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  /** The composite key: event and language. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    public String event;
    public String language;

    public Key() {}

    public Key(String event, String language) {
      this.event = event;
      this.language = language;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(event, key.event)
          && Objects.equals(language, key.language);
    }

    @Override
    public int hashCode() {
      return Objects.hash(event, language);
    }
  }
}
