/**
 * The organisation's complaints-handling policy as configuration: the category taxonomy, the
 * assessment-to-priority matrix, response-time targets, the approval threshold and the reopen
 * window.
 */
package org.redress.policy;
