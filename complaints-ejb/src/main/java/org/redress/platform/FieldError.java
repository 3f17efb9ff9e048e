package org.redress.platform;

/**
 * One wrong or missing input field: its path as the caller sent it (for example {@code
 * complainant.email}) and what is wrong with it.
 */
public record FieldError(String field, String message) {}
