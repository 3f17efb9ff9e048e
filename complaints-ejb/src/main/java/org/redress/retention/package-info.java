/**
 * Retention of complaint records (ISO 10002 8.1; data protection): personal data of finished cases
 * removed once the retention period is over, by a chunked batch job, with the statistics left as
 * they were; a complainant's data exported on request, and erased on request.
 */
package org.redress.retention;
