package org.redress.mail;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mail templates as shipped, one set per event and language: {@code
 * <event>.<language>.subject}, {@code .txt} and {@code .html} under {@code
 * org/redress/mail/templates}, in Mustache. A language without templates gets English. Values are
 * HTML-escaped in the HTML part only. An administrator's own version of a template (see {@link
 * TemplateStore}) is rendered here too, by the same rules.
 */
public final class MailTemplates {

  /** The languages every template exists in. */
  public static final Set<String> LANGUAGES = Set.of("en", "de");

  private static final String FOLDER = "org/redress/mail/templates/";

  /** HTML's five special characters, and nothing else (links keep their "=" readable). */
  private static final Mustache.Compiler HTML =
      Mustache.compiler()
          .withEscaper(
              Escapers.simple(
                  new String[][] {
                    {"&", "&amp;"}, {"'", "&#39;"}, {"\"", "&quot;"}, {"<", "&lt;"}, {">", "&gt;"}
                  }));

  private static final Mustache.Compiler PLAIN = Mustache.compiler().escapeHTML(false);
  private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

  private MailTemplates() {}

  /** The subject, text and HTML of an event's mail in a language (English when not offered). */
  public static Rendered render(String event, String language, Map<String, Object> values) {
    String lang = language(language);
    return new Rendered(
        template(event, lang, "subject", PLAIN).execute(values).strip(),
        template(event, lang, "txt", PLAIN).execute(values),
        template(event, lang, "html", HTML).execute(values));
  }

  /** The default template of an event in a language, as shipped. */
  public static MailTemplateSource defaults(String event, String language) {
    String lang = language(language);
    return new MailTemplateSource(
        read(event + "." + lang + ".subject").strip(),
        read(event + "." + lang + ".txt"),
        read(event + "." + lang + ".html"));
  }

  /**
   * Renders a template given as text, such as an administrator's version of one.
   *
   * @throws com.samskivert.mustache.MustacheException when a part does not compile or a value it
   *     needs is missing
   */
  public static Rendered render(MailTemplateSource source, Map<String, Object> values) {
    return new Rendered(
        compile(source.subject(), false).execute(values).strip(),
        compile(source.text(), false).execute(values),
        compile(source.html(), true).execute(values));
  }

  /** Compiles one part: the HTML part escapes values, the subject and the text do not. */
  static Template compile(String source, boolean html) {
    return (html ? HTML : PLAIN).compile(source);
  }

  /** The language a mail is written in for a complainant's language tag. */
  public static String language(String tag) {
    if (tag == null || tag.isBlank()) {
      return "en";
    }
    String primary = Locale.forLanguageTag(tag.strip()).getLanguage();
    return LANGUAGES.contains(primary) ? primary : "en";
  }

  private static Template template(
      String event, String language, String part, Mustache.Compiler compiler) {
    String name = event + "." + language + "." + part;
    return COMPILED.computeIfAbsent(name, n -> compiler.compile(read(n)));
  }

  private static String read(String name) {
    try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("The mail template " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A rendered mail. */
  public record Rendered(String subject, String text, String html) {}
}
