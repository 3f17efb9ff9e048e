package org.redress.policy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who is told of escalations: addresses may be left out (no mail then), the grace may not. */
public record ChangeEscalationContacts(
    @Email @Size(max = 254) String managerEmail,
    @Email @Size(max = 254) String officerEmail,
    @NotNull @Min(1) @Max(720) Integer officerAfterHours) {}
