package org.redress.quality.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** The planned or recorded effectiveness check; {@code effective} is null until it is done. */
public record EffectivenessCheckView(
    String criteria,
    LocalDate plannedOn,
    String verifier,
    Boolean effective,
    String notes,
    Instant checkedAt)
    implements Serializable {}
