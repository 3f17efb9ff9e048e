package org.redress.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The outputs of a management review (ISO 10002 8.6): when it was held and by whom, and its
 * decisions and actions on the complaints-handling process, on products and services, and on
 * resources; when the next review is due.
 */
public record ReviewDecisions(
    @NotNull LocalDate heldOn,
    @NotBlank @Size(max = 2000) String attendees,
    @Size(max = 10000) String processDecisions,
    @Size(max = 10000) String productDecisions,
    @Size(max = 10000) String resourceDecisions,
    LocalDate nextReviewOn)
    implements Serializable {}
