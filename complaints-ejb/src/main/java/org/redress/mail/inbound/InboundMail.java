package org.redress.mail.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail read from the complaints mailbox, and what became of it. */
@Entity
@Table(name = "INBOUND_MAIL")
public class InboundMail {

  /** What a mail became. */
  public enum Result {
    COMPLAINT,
    CORRESPONDENCE,
    IGNORED
  }

  @Id
  @SequenceGenerator(
      name = "inbound_mail_seq",
      sequenceName = "INBOUND_MAIL_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_mail_seq")
  private Long id;

  @Column(name = "MESSAGE_ID", nullable = false, length = 500, unique = true)
  private String messageId;

  @Column(name = "SENDER", length = 254)
  private String sender;

  @Column(name = "SUBJECT", length = 500)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "OUTCOME", nullable = false, length = 20)
  private Result outcome;

  @Column(name = "COMPLAINT_REFERENCE", length = 20)
  private String complaintReference;

  @Column(name = "RECEIVED_AT", nullable = false)
  private Instant receivedAt;

  protected InboundMail() {}

  InboundMail(ReceivedMail mail, Result outcome, String complaintReference, Instant now) {
    this.messageId = clip(mail.messageId(), 500);
    this.sender = clip(mail.senderAddress(), 254);
    this.subject = clip(mail.subject(), 500);
    this.outcome = outcome;
    this.complaintReference = complaintReference;
    this.receivedAt = now;
  }

  static String clip(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  public Result outcome() {
    return outcome;
  }

  public String complaintReference() {
    return complaintReference;
  }
}
