package org.redress.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** ISO 10002 conformity evidence for the complaints received in a period, clause by clause. */
public record ConformityEvidence(
    LocalDate from, LocalDate to, long complaints, List<ClauseEvidence> clauses)
    implements Serializable {}
