/**
 * Mail to complainants and staff. A mail is composed from a template in the same transaction as the
 * change that causes it and written to the outbox, with a Message-ID fixed at that moment; the
 * outbox delivers it through the server's Jakarta Mail session ({@code mail/redress}) after commit,
 * with retries. A server that dies sends what was pending when it comes back, and a mail that goes
 * out twice (the server died between the mail server's acceptance and the outbox's record of it)
 * carries the same Message-ID both times, so mail clients fold the two.
 */
package org.redress.mail;
