package org.redress.mail;

/**
 * The three parts of a mail template as Mustache text: the subject, the plain-text body and the
 * HTML body. What an administrator saves or previews, and what ships as the default.
 */
public record MailTemplateSource(String subject, String text, String html) {}
