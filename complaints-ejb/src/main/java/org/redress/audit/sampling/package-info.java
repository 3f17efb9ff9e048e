/**
 * Audit samples (ISO 10002 8.5, ISO 9001 9.2): a reproducible random sample of the complaints
 * closed in a period, stored with its seed and population, and an audit checklist per sampled
 * complaint whose items are computed from the records where they can be and answered by the
 * auditor.
 */
package org.redress.audit.sampling;
