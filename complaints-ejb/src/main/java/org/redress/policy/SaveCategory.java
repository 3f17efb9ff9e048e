package org.redress.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new category, or a change of an existing one (found by its code, which never changes). */
public record SaveCategory(
    @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{org.redress.validation.categoryCode}")
        String code,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 1000) String description,
    boolean active) {}
