/**
 * Every error of the API as {@code application/problem+json} (RFC 9457): a type per kind of
 * failure, a title, the status, a detail a person can act on and, for bad input, each field at
 * fault. Never a stack trace or the server's error page.
 */
package org.redress.api.problem;
