package org.redress.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The complainant's answers (ISO 10002 8.3): overall satisfaction with the handling, and whether it
 * was fair, timely and clear, each from 1 (not at all) to 5 (fully); a comment.
 */
public record SurveyAnswer(
    @NotNull(message = "{org.redress.validation.required}") @Min(1) @Max(5) Integer overall,
    @Min(1) @Max(5) Integer fair,
    @Min(1) @Max(5) Integer timely,
    @Min(1) @Max(5) Integer clear,
    @Size(max = 4000) String comment) {}
