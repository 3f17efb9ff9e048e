/**
 * The durable outbox: work for other systems (a QMS, later the mail server) is written as a row in
 * the same transaction as the business change, and delivered after commit by a timer on every
 * server instance. A message is claimed by one instance at a time (compare-and-set on its claim, so
 * instances never wait on each other), retried with a growing pause when delivery fails, and set
 * aside for the administrator after too many attempts or when the other side refused it.
 */
package org.redress.outbox;
