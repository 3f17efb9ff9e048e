package org.redress.retention;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A complainant's request to erase their personal data, with how it reached the organisation. */
public record EraseRequest(
    @NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 1000) String reason) {}
