package org.redress.complaint;

/** What became of one case in a bulk action: done, or refused and why. */
public record BulkOutcome(String reference, boolean done, String message) {}
