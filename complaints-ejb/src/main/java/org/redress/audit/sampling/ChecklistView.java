package org.redress.audit.sampling;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.redress.audit.IsoClause;

/** The audit checklist of one sampled complaint. */
public record ChecklistView(String sample, String complaint, List<Row> rows)
    implements Serializable {

  /**
   * One item: what the record says ({@code computed}, with its {@code evidence}), what the auditor
   * said, and the verdict that counts (the auditor's when given).
   */
  public record Row(
      ChecklistItem item,
      IsoClause clause,
      Verdict computed,
      String evidence,
      Verdict auditorVerdict,
      String note,
      String answeredBy,
      Instant answeredAt,
      Verdict verdict)
      implements Serializable {}
}
