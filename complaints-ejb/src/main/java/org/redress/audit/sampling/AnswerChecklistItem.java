package org.redress.audit.sampling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The auditor's verdict on one checklist item of a sampled complaint, with an optional note. */
public record AnswerChecklistItem(
    @NotNull(message = "{org.redress.validation.required}") ChecklistItem item,
    @NotNull(message = "{org.redress.validation.required}") Verdict verdict,
    @Size(max = 4000) String note) {}
