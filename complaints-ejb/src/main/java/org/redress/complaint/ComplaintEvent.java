package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step in the life of a complaint (ISO 10002 7.3): who did what, when, and the state before and
 * after. Events are only ever appended; together they are the case's timeline.
 */
@Entity
@Table(name = "COMPLAINT_EVENT")
public class ComplaintEvent {

  @Id
  @SequenceGenerator(
      name = "complaint_event_seq",
      sequenceName = "COMPLAINT_EVENT_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_event_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "COMPLAINT_ID", nullable = false)
  private Complaint complaint;

  @Column(name = "EVENT_NO", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "TYPE", nullable = false, length = 30)
  private EventType type;

  @Column(name = "ACTOR", nullable = false, length = 100)
  private String actor;

  @Column(name = "OCCURRED_AT", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "FROM_STATUS", length = 30)
  private ComplaintStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "TO_STATUS", nullable = false, length = 30)
  private ComplaintStatus toStatus;

  @Column(name = "DETAILS", columnDefinition = "TEXT")
  private String details;

  protected ComplaintEvent() {}

  ComplaintEvent(
      Complaint complaint,
      int number,
      EventType type,
      String actor,
      Instant occurredAt,
      ComplaintStatus fromStatus,
      ComplaintStatus toStatus,
      String details) {
    this.complaint = complaint;
    this.number = number;
    this.type = type;
    this.actor = actor;
    this.occurredAt = occurredAt;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.details = details;
  }

  public int number() {
    return number;
  }

  public EventType type() {
    return type;
  }

  public String actor() {
    return actor;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public ComplaintStatus fromStatus() {
    return fromStatus;
  }

  public ComplaintStatus toStatus() {
    return toStatus;
  }

  public String details() {
    return details;
  }

  /**
   * Removes what a person wrote or gave from the event (retention, erasure): its free text, and a
   * sender's address as the actor. What happened, when and to which state stays.
   */
  void redact() {
    details = null;
    if (actor.contains("@")) {
      actor = "complainant";
    }
  }
}
