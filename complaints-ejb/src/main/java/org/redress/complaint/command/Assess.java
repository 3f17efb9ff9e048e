package org.redress.complaint.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.redress.complaint.Complexity;
import org.redress.complaint.Impact;
import org.redress.complaint.Severity;

/**
 * The initial assessment (ISO 10002 7.5). Every criterion is required; when immediate action is
 * needed, whether it is possible must be answered too.
 */
public record Assess(
    @NotNull(message = "{org.redress.validation.required}") Severity severity,
    @NotNull(message = "{org.redress.validation.required}") Boolean safetyImplication,
    @NotNull(message = "{org.redress.validation.required}") Complexity complexity,
    @NotNull(message = "{org.redress.validation.required}") Impact impact,
    @NotNull(message = "{org.redress.validation.required}") Boolean immediateActionNeeded,
    Boolean immediateActionPossible,
    @Size(max = 4000) String immediateActionNote,
    @Size(max = 4000) String notes,
    @Size(max = 10) List<@NotBlank @Size(max = 100) String> personsComplainedAbout) {}
