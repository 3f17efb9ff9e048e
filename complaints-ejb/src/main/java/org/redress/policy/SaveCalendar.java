package org.redress.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;

/**
 * A business calendar as the administration saves it, whole.
 *
 * @param dayStart HH:mm
 * @param dayEnd HH:mm, or 24:00 for midnight
 */
public record SaveCalendar(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 60) String timeZone,
    @NotEmpty List<@NotNull DayOfWeek> workingDays,
    @NotBlank
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "{org.redress.validation.time}")
        String dayStart,
    @NotBlank
        @Pattern(
            regexp = "([01]\\d|2[0-3]):[0-5]\\d|24:00",
            message = "{org.redress.validation.time}")
        String dayEnd,
    @Size(max = 400) List<ServiceLevelSettings.@Valid @NotNull Holiday> holidays) {}
