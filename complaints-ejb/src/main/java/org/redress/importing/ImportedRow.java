package org.redress.importing;

import org.redress.complaint.command.ImportedComplaint;

/** A row that passed the checks, on its way to the writer. */
public record ImportedRow(long number, long line, ImportedComplaint complaint) {}
