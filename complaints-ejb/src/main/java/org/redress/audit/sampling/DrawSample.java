package org.redress.audit.sampling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An auditor's request for a sample: how many of the complaints closed from {@code from} to {@code
 * to} (both inclusive). {@code seed} repeats an earlier draw; without it a fresh random seed is
 * used and stored.
 */
public record DrawSample(
    @NotNull(message = "{org.redress.validation.required}") LocalDate from,
    @NotNull(message = "{org.redress.validation.required}") LocalDate to,
    @NotNull(message = "{org.redress.validation.required}") @Min(1) @Max(AuditSamples.MAX_SIZE)
        Integer size,
    Long seed,
    @Size(max = 500) String purpose) {}
