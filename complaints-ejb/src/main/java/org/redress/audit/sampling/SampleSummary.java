package org.redress.audit.sampling;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the list of samples. */
public record SampleSummary(
    String reference,
    LocalDate from,
    LocalDate to,
    int size,
    int populationSize,
    String purpose,
    String drawnBy,
    Instant drawnAt)
    implements Serializable {}
