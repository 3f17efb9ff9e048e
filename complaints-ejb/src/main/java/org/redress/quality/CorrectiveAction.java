package org.redress.quality;

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
import java.time.LocalDate;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;

/**
 * An action taken against a nonconformity (ISO 9001 10.2): a correction, a corrective, preventive
 * or improvement action, with an owner and a due date. It counts as implemented only with evidence,
 * and closes only when the nonconformity's effectiveness check passes. Changed only through its
 * {@link Nonconformity}.
 */
@Entity
@Table(name = "CORRECTIVE_ACTION")
public class CorrectiveAction {

  @Id
  @SequenceGenerator(
      name = "corrective_action_seq",
      sequenceName = "CORRECTIVE_ACTION_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corrective_action_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "NONCONFORMITY_ID", nullable = false)
  private Nonconformity nonconformity;

  @Column(name = "ACTION_NO", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "TYPE", nullable = false, length = 20)
  private ActionType type;

  @Column(name = "DESCRIPTION", nullable = false, columnDefinition = "TEXT")
  private String description;

  @Column(name = "OWNER", nullable = false, length = 100)
  private String owner;

  @Column(name = "DUE_ON", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 20)
  private ActionStatus status;

  @Column(name = "EVIDENCE", columnDefinition = "TEXT")
  private String evidence;

  @Column(name = "IMPLEMENTED_AT")
  private Instant implementedAt;

  @Column(name = "CLOSED_AT")
  private Instant closedAt;

  protected CorrectiveAction() {}

  CorrectiveAction(
      Nonconformity nonconformity,
      int number,
      ActionType type,
      String description,
      String owner,
      LocalDate dueOn) {
    this.nonconformity = nonconformity;
    this.number = number;
    this.type = type;
    this.description = description;
    this.owner = owner;
    this.dueOn = dueOn;
    this.status = ActionStatus.PLANNED;
  }

  void start() {
    if (status != ActionStatus.PLANNED) {
      throw new IllegalTransitionException(
          "Action "
              + nonconformity.reference()
              + "/"
              + number
              + " cannot be started while it is "
              + status);
    }
    status = ActionStatus.IN_PROGRESS;
  }

  void complete(String proof, Instant now) {
    if (!status.isOpen()) {
      throw new IllegalTransitionException(
          "Action "
              + nonconformity.reference()
              + "/"
              + number
              + " cannot be completed while it is "
              + status);
    }
    if (proof == null || proof.isBlank()) {
      throw new InvalidInputException("evidence", Messages.text("field.evidenceRequired"));
    }
    evidence = proof.strip();
    implementedAt = now;
    status = ActionStatus.IMPLEMENTED;
  }

  void cancel() {
    if (!status.isOpen()) {
      throw new IllegalTransitionException(
          "Action "
              + nonconformity.reference()
              + "/"
              + number
              + " cannot be cancelled while it is "
              + status);
    }
    status = ActionStatus.CANCELLED;
  }

  /** The effectiveness check passed: the implemented action is done for good. */
  void close(Instant now) {
    if (status == ActionStatus.IMPLEMENTED) {
      status = ActionStatus.CLOSED;
      closedAt = now;
    }
  }

  /** The effectiveness check failed: the implemented action goes back to work. */
  void reopen() {
    if (status == ActionStatus.IMPLEMENTED) {
      status = ActionStatus.IN_PROGRESS;
      implementedAt = null;
    }
  }

  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && dueOn.isBefore(today);
  }

  public Long id() {
    return id;
  }

  public Nonconformity nonconformity() {
    return nonconformity;
  }

  public int number() {
    return number;
  }

  public ActionType type() {
    return type;
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public ActionStatus status() {
    return status;
  }

  public String evidence() {
    return evidence;
  }

  public Instant implementedAt() {
    return implementedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
