package org.redress.mail.inbound;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a received mail is: an automatic one, a reply to a case, or a new complaint. */
public final class MailClassifier {

  private static final Pattern REFERENCE = Pattern.compile("\\bCMP-\\d{4}-\\d{6,}\\b");

  /**
   * Our own Message-IDs start with the case reference, e.g. {@code <cmp-2026-000042.decision.…>}.
   */
  private static final Pattern OUR_MESSAGE_ID =
      Pattern.compile("^<?(cmp-\\d{4}-\\d{6,})\\.", Pattern.CASE_INSENSITIVE);

  /** Re, AW (German), SV (Nordic), VS (Finnish), RE, Fwd and WG, with counts like "Re[2]:". */
  private static final Pattern PREFIXES =
      Pattern.compile(
          "^\\s*((re|aw|sv|vs|antw|fwd?|wg|tr)(\\[\\d+\\])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

  private static final Pattern SYSTEM_SENDERS =
      Pattern.compile("^(mailer-daemon|postmaster|no-?reply|noreply)@", Pattern.CASE_INSENSITIVE);

  private MailClassifier() {}

  /**
   * Auto-replies, out-of-office notes, bounces and lists: Auto-Submitted other than "no", a bulk,
   * list or junk Precedence, or a mail from a mailer daemon or postmaster.
   */
  public static boolean isAutomatic(ReceivedMail mail) {
    String auto = mail.autoSubmitted();
    if (auto != null
        && !auto.isBlank()
        && !auto.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
      return true;
    }
    String precedence = mail.precedence();
    if (precedence != null
        && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|list|junk|auto_reply")) {
      return true;
    }
    return mail.senderAddress() == null
        || mail.senderAddress().isBlank()
        || SYSTEM_SENDERS.matcher(mail.senderAddress().strip()).find();
  }

  /**
   * The case a mail answers: our Message-ID in In-Reply-To or References first (the reliable sign),
   * else a reference in the subject.
   */
  public static Optional<String> caseReference(ReceivedMail mail) {
    for (String id : mail.threading()) {
      Matcher ours = OUR_MESSAGE_ID.matcher(id.strip());
      if (ours.find()) {
        return Optional.of(ours.group(1).toUpperCase(Locale.ROOT));
      }
    }
    if (mail.subject() != null) {
      Matcher inSubject = REFERENCE.matcher(mail.subject().toUpperCase(Locale.ROOT));
      if (inSubject.find()) {
        return Optional.of(inSubject.group());
      }
    }
    return Optional.empty();
  }

  /** The subject without reply and forward prefixes in the usual languages. */
  public static String withoutPrefixes(String subject) {
    return subject == null ? "" : PREFIXES.matcher(subject).replaceFirst("").strip();
  }
}
