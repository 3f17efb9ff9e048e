/** The append-only audit trail: who changed which record, when, and what changed. */
package org.redress.audit;
