package org.redress.policy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a member of staff gets alerts; the language is "en" or "de" (English when left out). */
public record SaveStaffContact(
    @NotBlank @Size(max = 100) String userName,
    @Size(max = 200) String displayName,
    @NotBlank @Email @Size(max = 254) String email,
    @Pattern(regexp = "en|de", message = "{org.redress.validation.mailLanguage}")
        String language) {}
