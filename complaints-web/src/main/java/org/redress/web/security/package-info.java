/**
 * How API callers sign in: HTTP Basic checked against the server's user registry, with problem+json
 * refusals.
 */
package org.redress.web.security;
