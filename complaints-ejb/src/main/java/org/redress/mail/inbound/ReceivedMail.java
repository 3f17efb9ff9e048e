package org.redress.mail.inbound;

import java.util.List;

/**
 * A mail as read from the mailbox, reduced to what Redress uses.
 *
 * @param messageId its Message-ID (or a stand-in made from its headers when it has none)
 * @param senderAddress the From address
 * @param senderName the From name, or {@code null}
 * @param subject the subject, or {@code null}
 * @param text the plain text of the mail
 * @param language the language it is written in, as a BCP 47 tag, or {@code null} when its headers
 *     do not say
 * @param autoSubmitted the Auto-Submitted header, or {@code null}
 * @param precedence the Precedence header, or {@code null}
 * @param threading the Message-IDs of In-Reply-To and References
 * @param files the files attached to it
 */
public record ReceivedMail(
    String messageId,
    String senderAddress,
    String senderName,
    String subject,
    String text,
    String language,
    String autoSubmitted,
    String precedence,
    List<String> threading,
    List<File> files) {

  public ReceivedMail {
    threading = threading == null ? List.of() : List.copyOf(threading);
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** A file attached to a mail. */
  public record File(String name, byte[] content) {}
}
