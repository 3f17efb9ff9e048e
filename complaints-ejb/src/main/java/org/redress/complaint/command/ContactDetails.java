package org.redress.complaint.command;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.redress.complaint.ContactMethod;

/**
 * A complainant or a representative as they introduce themselves: who they are and how they want to
 * be reached. The preferred method must have its detail (an email for EMAIL, and so on).
 */
public record ContactDetails(
    @NotBlank @Size(max = 200) String name,
    @Email @Size(max = 254) String email,
    @Size(max = 40) @Pattern(regexp = "[0-9+()./ -]*", message = "{org.redress.validation.phone}")
        String phone,
    @Size(max = 200) String organisation,
    @Size(max = 500) String address,
    ContactMethod preferredContact,
    @Size(max = 35)
        @Pattern(
            regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*",
            message = "{org.redress.validation.language}")
        String language)
    implements Serializable {}
