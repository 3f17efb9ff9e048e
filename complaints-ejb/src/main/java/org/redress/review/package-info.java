/**
 * Management reviews of the complaints-handling process (ISO 10002 8.6): a report for a span of
 * whole months, gathered by the {@code management-review} batch job and rendered as PDF and CSV,
 * with the review's decisions recorded on it.
 */
package org.redress.review;
