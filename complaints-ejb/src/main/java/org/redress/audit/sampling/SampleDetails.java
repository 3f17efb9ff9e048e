package org.redress.audit.sampling;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sample as the auditor revisits it: how it was drawn (seed, population) and its complaints with
 * how many checklist items do not conform and how many the auditor answered.
 */
public record SampleDetails(
    String reference,
    LocalDate from,
    LocalDate to,
    int requestedSize,
    long seed,
    int populationSize,
    String populationHash,
    String purpose,
    String drawnBy,
    Instant drawnAt,
    List<Member> members)
    implements Serializable {

  /** One sampled complaint. */
  public record Member(
      int drawNo,
      String complaint,
      String status,
      String outcome,
      Instant closedAt,
      String nonconformity,
      long notConforming,
      long answered,
      int items)
      implements Serializable {}
}
