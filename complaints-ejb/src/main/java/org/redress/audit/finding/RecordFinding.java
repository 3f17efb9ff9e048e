package org.redress.audit.finding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.redress.audit.IsoClause;

/**
 * A finding as the auditor records it. It is judged against {@code clause} and may be found in a
 * {@code sample} and/or a record ({@code recordType} and {@code recordKey}, e.g. {@code Complaint}
 * and {@code CMP-2026-000042}); without either, it is about the process as a whole.
 */
public record RecordFinding(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 8000) String description,
    @NotNull(message = "{org.redress.validation.required}") IsoClause clause,
    @NotNull(message = "{org.redress.validation.required}") FindingSeverity severity,
    @Size(max = 20) String sample,
    @Size(max = 40) String recordType,
    @Size(max = 100) String recordKey) {}
