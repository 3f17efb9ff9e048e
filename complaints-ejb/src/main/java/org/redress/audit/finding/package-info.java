/**
 * Audit findings (ISO 10002 8.5, ISO 9001 9.2): what an auditor found, against a sample, a record
 * or a clause, graded major, minor, observation or opportunity for improvement; a major or minor
 * finding (or an observation) can raise a nonconformity with source "audit" that names it.
 */
package org.redress.audit.finding;
