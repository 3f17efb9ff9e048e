package org.redress.quality.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.redress.quality.ActionStatus;
import org.redress.quality.ActionType;
import org.redress.quality.CorrectiveAction;

/** A corrective action as the board and the nonconformity page show it. */
public record ActionView(
    String nonconformity,
    int number,
    ActionType type,
    String description,
    String owner,
    LocalDate dueOn,
    ActionStatus status,
    boolean overdue,
    String evidence,
    Instant implementedAt,
    Instant closedAt)
    implements Serializable {

  public static ActionView of(CorrectiveAction a, LocalDate today) {
    return new ActionView(
        a.nonconformity().reference(),
        a.number(),
        a.type(),
        a.description(),
        a.owner(),
        a.dueOn(),
        a.status(),
        a.isOverdue(today),
        a.evidence(),
        a.implementedAt(),
        a.closedAt());
  }
}
