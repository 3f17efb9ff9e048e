/**
 * Complaints by email: the complaints mailbox is read over IMAP; a new mail becomes a complaint
 * with the channel email, in the language its headers name (Content-Language, else
 * Accept-Language), a reply to a case (its reference in the subject, or our Message-ID in
 * In-Reply-To or References) becomes correspondence on that case, and auto-replies and bounces are
 * left alone. Each mail is handled once, by whichever server instance reads it first.
 */
package org.redress.mail.inbound;
