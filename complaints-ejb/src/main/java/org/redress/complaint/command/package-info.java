/**
 * The inputs of the case services, as immutable records with their field rules. The REST API reads
 * them straight from JSON, the pages fill them from forms, the CSV import from rows: one set of
 * rules for every way in.
 */
package org.redress.complaint.command;
