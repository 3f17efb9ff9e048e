/**
 * Bulk import of complaints from CSV files: complaints taken over from another system or a
 * spreadsheet kept before Redress. The user uploads a file, maps its columns onto the fields of a
 * complaint and starts a restartable Jakarta Batch job; each row goes through the same checks as a
 * complaint recorded through the API, bad rows are set aside with their line and reason, and an
 * external id per row makes a second import of the same file create nothing twice.
 */
package org.redress.importing;
