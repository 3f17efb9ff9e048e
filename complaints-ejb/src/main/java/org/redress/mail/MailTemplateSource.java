package org.redress.mail;

/**
 * The three parts of a mail template as Mustache text: the subject, the plain-text body and the
 * HTML body. What an administrator saves or previews, and what ships as the default.
 */
public record MailTemplateSource(String subject, String text, String html) {

  /**
   * The same template with every line ending as {@code \n} (browsers send text areas as CRLF) and
   * the subject without the blank space around it.
   */
  public MailTemplateSource normalized() {
    return new MailTemplateSource(
        subject == null ? null : lines(subject).strip(), lines(text), lines(html));
  }

  private static String lines(String part) {
    return part == null ? null : part.replace("\r\n", "\n").replace('\r', '\n');
  }
}
