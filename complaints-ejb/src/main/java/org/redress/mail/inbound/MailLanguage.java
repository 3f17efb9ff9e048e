package org.redress.mail.inbound;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimePart;
import java.io.IOException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a complainant wrote their mail in, so that Redress answers in it: the mail's
 * Content-Language (RFC 3282, set by mail programs from the writer's language), on the message or
 * on its text part, else its Accept-Language (the languages the writer reads, which some mail
 * programs send), the most preferred first. Given as a BCP 47 tag ({@code de}, {@code de-AT},
 * {@code pt-BR}); none when the headers name no usable language, and the complaint then takes the
 * default.
 */
final class MailLanguage {

  /** The tags a complainant's language may be (as the intake checks them). */
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private static final Pattern ISO_639 = Pattern.compile("[a-z]{2,3}");

  private static final int MAX_LENGTH = 35;

  /** Undetermined, multiple languages, no linguistic content: no language to answer in. */
  private static final Set<String> NO_LANGUAGE = Set.of("und", "mul", "zxx", "mis");

  /** Comments in a structured header, e.g. {@code de (Deutsch)}. */
  private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");

  private MailLanguage() {}

  /** The language of a received mail, from its headers. */
  static Optional<String> of(MimePart message) throws MessagingException, IOException {
    Optional<String> language = fromContentLanguage(message.getHeader("Content-Language", ","));
    if (language.isEmpty()) {
      language = ofTextPart(message);
    }
    if (language.isEmpty()) {
      language = fromAcceptLanguage(message.getHeader("Accept-Language", ","));
    }
    return language;
  }

  /** The first usable language of a Content-Language header ({@code de, en}), if any. */
  static Optional<String> fromContentLanguage(String header) {
    if (header == null) {
      return Optional.empty();
    }
    for (String candidate : COMMENT.matcher(header).replaceAll(" ").split(",")) {
      Optional<String> tag = tag(candidate);
      if (tag.isPresent()) {
        return tag;
      }
    }
    return Optional.empty();
  }

  /**
   * The most preferred usable language of an Accept-Language header ({@code de-CH, de;q=0.9,
   * en;q=0.5}), if any; a malformed header names none.
   */
  static Optional<String> fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(COMMENT.matcher(header).replaceAll(" ").strip());
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    // Sorted by weight, most preferred first; a range the writer refuses (q=0) is no choice.
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() > 0 && !range.getRange().contains("*")) {
        Optional<String> tag = tag(range.getRange());
        if (tag.isPresent()) {
          return tag;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * One language tag in its BCP 47 form ({@code de_at} and {@code DE-at} give {@code de-AT}), or
   * none when it names no language. A tag with parts beyond what the intake keeps (private use,
   * extensions) is cut to its language.
   */
  static Optional<String> tag(String candidate) {
    if (candidate == null || candidate.isBlank()) {
      return Optional.empty();
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(candidate.strip().replace('_', '-')).build();
    } catch (IllformedLocaleException notATag) {
      return Optional.empty();
    }
    String language = locale.getLanguage();
    // ISO 639 codes only: BCP 47 syntax allows 4 to 8 letters ("deutsch"), no language has them.
    if (!ISO_639.matcher(language).matches() || NO_LANGUAGE.contains(language)) {
      return Optional.empty();
    }
    String tag = locale.toLanguageTag();
    if (tag.length() <= MAX_LENGTH && TAG.matcher(tag).matches()) {
      return Optional.of(tag);
    }
    return Optional.of(language);
  }

  /** The Content-Language of the part the text is read from, in a multipart mail. */
  private static Optional<String> ofTextPart(Part part) throws MessagingException, IOException {
    if (!part.isMimeType("multipart/*")) {
      return Optional.empty();
    }
    Multipart parts = (Multipart) part.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (!(parts.getBodyPart(i) instanceof MimePart child)
          || Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
        continue;
      }
      Optional<String> language =
          child.isMimeType("text/*")
              ? fromContentLanguage(child.getHeader("Content-Language", ","))
              : ofTextPart(child);
      if (language.isPresent()) {
        return language;
      }
    }
    return Optional.empty();
  }
}
