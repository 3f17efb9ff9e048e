/**
 * Satisfaction with the complaints-handling process (ISO 10002 8.3): the invitation after closing,
 * the complainant's answers through a tokenised public page, the alert on a low score, and the
 * figures for the KPIs.
 */
package org.redress.survey;
