package org.redress.complaint.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.redress.complaint.ProposedResponse;
import org.redress.complaint.RemedyType;

/** The proposed remedy and its approval. */
public record ResponseView(
    RemedyType remedyType,
    String summary,
    BigDecimal amount,
    String currency,
    boolean approvalRequired,
    boolean awaitingApproval,
    String proposedBy,
    Instant proposedAt,
    String approvedBy,
    Instant approvedAt)
    implements Serializable {

  public static ResponseView of(ProposedResponse r) {
    return r == null
        ? null
        : new ResponseView(
            r.remedyType(),
            r.summary(),
            r.amount(),
            r.currency(),
            r.approvalRequired(),
            r.isAwaitingApproval(),
            r.proposedBy(),
            r.proposedAt(),
            r.approvedBy(),
            r.approvedAt());
  }
}
