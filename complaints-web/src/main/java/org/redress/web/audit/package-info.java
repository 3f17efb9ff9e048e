/**
 * The auditor's pages under {@code app/audit/}: the combined timeline with its exports, the
 * drill-down from a complaint to its nonconformity, actions and effectiveness check and back,
 * samples with their checklists, and findings.
 */
package org.redress.web.audit;
