package org.redress.quality.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.redress.quality.IshikawaCategory;

/**
 * The root-cause analysis: a 5-whys chain (one to five answers, each asking why the one before
 * happened), the Ishikawa category of the cause, the root cause in one statement, and optionally
 * the eight disciplines of an 8D report.
 */
public record RecordRootCause(
    @NotNull(message = "{org.redress.validation.required}") @Size(min = 1, max = 5)
        List<@NotBlank @Size(max = 1000) String> whys,
    @NotNull(message = "{org.redress.validation.required}") IshikawaCategory category,
    @NotBlank @Size(max = 4000) String rootCause,
    @Size(max = 8) List<@Size(max = 4000) String> eightDisciplines) {}
