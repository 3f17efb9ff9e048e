/**
 * The reference REST QMS connector: a Redress plugin written and built outside the EAR against the
 * SPI alone.
 *
 * <p>The protocol it speaks, under the configured base address:
 *
 * <ul>
 *   <li>{@code POST /nonconformities} with the nonconformity as JSON and an {@code Idempotency-Key}
 *       header (its reference) creates the record and answers {@code {"id": "..."}};
 *   <li>{@code PUT /nonconformities/{id}} replaces it with the current state;
 *   <li>{@code GET /nonconformities/{id}} answers {@code {"id", "status", "changedAt"}}, or 404.
 * </ul>
 *
 * <p>With an API token, every request carries {@code Authorization: Bearer <token>}. Answers 408,
 * 429 and 5xx, timeouts and refused connections are temporary (Redress retries); other 4xx answers
 * are refusals that wait for the administrator.
 */
package org.redress.plugins.qmsrest;
