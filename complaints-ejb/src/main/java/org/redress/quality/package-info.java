/**
 * The ISO 9001 side (clause 10.2): nonconformities raised from complaints, audits, internal
 * findings or suppliers, their root-cause analysis, corrective actions and effectiveness checks.
 */
package org.redress.quality;
