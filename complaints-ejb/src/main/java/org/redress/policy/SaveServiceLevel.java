package org.redress.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.redress.complaint.Priority;

/**
 * A service-level rule as the administration saves it: for a category (or, left out, every
 * category) and a priority (or every priority), in a calendar's working hours.
 */
public record SaveServiceLevel(
    @Size(max = 40) String category,
    Priority priority,
    @NotNull Long calendarId,
    @NotNull @Min(1) @Max(ServiceLevel.MAX_HOURS) Integer acknowledgeHours,
    @NotNull @Min(1) @Max(ServiceLevel.MAX_HOURS) Integer respondHours,
    @NotNull @Min(1) @Max(ServiceLevel.MAX_HOURS) Integer resolveHours) {}
