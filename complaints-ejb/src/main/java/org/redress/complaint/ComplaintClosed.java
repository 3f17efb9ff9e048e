package org.redress.complaint;

/**
 * A case was closed, fired in the closing transaction so that what follows from it (the
 * satisfaction survey) commits with it or not at all.
 */
public record ComplaintClosed(Complaint complaint) {}
