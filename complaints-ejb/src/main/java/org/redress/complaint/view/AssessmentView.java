package org.redress.complaint.view;

import java.io.Serializable;
import java.time.Instant;
import org.redress.complaint.Assessment;
import org.redress.complaint.Complexity;
import org.redress.complaint.Impact;
import org.redress.complaint.Severity;

/** The initial assessment as recorded. */
public record AssessmentView(
    Severity severity,
    boolean safetyImplication,
    Complexity complexity,
    Impact impact,
    boolean immediateActionNeeded,
    Boolean immediateActionPossible,
    String immediateActionNote,
    String notes,
    String assessedBy,
    Instant assessedAt)
    implements Serializable {

  public static AssessmentView of(Assessment a) {
    return a == null
        ? null
        : new AssessmentView(
            a.severity(),
            a.safetyImplication(),
            a.complexity(),
            a.impact(),
            a.immediateActionNeeded(),
            a.immediateActionPossible(),
            a.immediateActionNote(),
            a.notes(),
            a.assessedBy(),
            a.assessedAt());
  }
}
