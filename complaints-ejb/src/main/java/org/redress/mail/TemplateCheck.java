package org.redress.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.MustacheParseException;
import com.samskivert.mustache.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.redress.platform.FieldError;
import org.redress.platform.Messages;

/**
 * Checks a mail template an administrator wrote before it is stored or previewed, so that a saved
 * template never stops a mail from going out: each part compiles as Mustache, uses only the
 * variables its mail gets, uses a value that some mails lack or a yes/no only as a section, puts no
 * value unescaped into the HTML, and the subject carries the reference, by which replies find their
 * case. Each problem is named at its part ({@code subject}, {@code text}, {@code html}) with its
 * line.
 */
public final class TemplateCheck {

  /** The longest subject, in characters. */
  static final int MAX_SUBJECT = 500;

  /** The largest body, in bytes of UTF-8: what a MariaDB TEXT column holds. */
  static final int MAX_BODY_BYTES = 65_535;

  /** Names Mustache itself gives a meaning: the value of the section around. */
  private static final Set<String> CONTEXT = Set.of(".", "this");

  private static final Pattern UNESCAPED =
      Pattern.compile("\\{\\{\\{\\s*([^}]*?)\\s*}}}|\\{\\{&\\s*([^}]*?)\\s*}}");

  private TemplateCheck() {}

  /** Every problem of the template, none when it may be saved. */
  public static List<FieldError> problems(
      MailEvent event, String language, MailTemplateSource source) {
    List<FieldError> errors = new ArrayList<>();
    MailTemplateSource given = source == null ? new MailTemplateSource(null, null, null) : source;
    Template subject = part(event, "subject", given.subject(), false, errors);
    part(event, "text", given.text(), false, errors);
    part(event, "html", given.html(), true, errors);
    if (subject != null) {
      String rendered = subject.execute(event.fewestValues(language));
      if (!rendered.contains(MailEvent.SAMPLE_REFERENCE)) {
        errors.add(
            new FieldError(
                "subject", Messages.text("mailTemplate.referenceMissing", "{{reference}}")));
      }
    }
    return errors;
  }

  /**
   * Compiles one part and tries it with the sample values, with only the values every mail gets,
   * and with those and every yes/no on.
   *
   * @return the compiled part, or {@code null} when it has a problem (added to {@code errors})
   */
  private static Template part(
      MailEvent event, String field, String source, boolean html, List<FieldError> errors) {
    if (source == null || source.isBlank()) {
      errors.add(new FieldError(field, Messages.text("mailTemplate.required")));
      return null;
    }
    if ("subject".equals(field) && source.strip().contains("\n")) {
      errors.add(new FieldError(field, Messages.text("mailTemplate.oneLine")));
      return null;
    }
    if ("subject".equals(field) && source.length() > MAX_SUBJECT) {
      errors.add(
          new FieldError(
              field, Messages.text("mailTemplate.tooLong", String.valueOf(MAX_SUBJECT))));
      return null;
    }
    if (source.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
      errors.add(new FieldError(field, Messages.text("mailTemplate.tooLarge")));
      return null;
    }
    Template template;
    try {
      template = MailTemplates.compile(source, html);
    } catch (MustacheParseException wrong) {
      errors.add(new FieldError(field, syntax(wrong)));
      return null;
    } catch (MustacheException wrong) {
      errors.add(new FieldError(field, Messages.text("mailTemplate.failed", wrong.getMessage())));
      return null;
    }
    int before = errors.size();
    tags(event, field, source, template, errors);
    if (html) {
      unescaped(field, source, errors);
    }
    if (errors.size() > before) {
      return null;
    }
    for (Map<String, Object> values : trials(event)) {
      try {
        template.execute(values);
      } catch (MustacheException.Context missing) {
        errors.add(new FieldError(field, missing(event, missing)));
        return null;
      } catch (MustacheException wrong) {
        errors.add(new FieldError(field, Messages.text("mailTemplate.failed", wrong.getMessage())));
        return null;
      }
    }
    return template;
  }

  /** The tags a part uses: only the event's variables, a yes/no only as a section, no includes. */
  private static void tags(
      MailEvent event, String field, String source, Template template, List<FieldError> errors) {
    Map<String, Integer> unknown = new LinkedHashMap<>();
    Set<String> flagsAsValues = new LinkedHashSet<>();
    Set<String> includes = new LinkedHashSet<>();
    int[] cursor = {0};
    int[] unclosedAt = {-1};
    template.visit(
        new Mustache.Visitor() {
          @Override
          public void visitText(String text) {
            int at = source.indexOf(text, cursor[0]);
            if (at < 0) {
              return;
            }
            cursor[0] = at + text.length();
            int brace = firstBraces(text);
            if (brace >= 0 && unclosedAt[0] < 0) {
              unclosedAt[0] = at + brace;
            }
          }

          @Override
          public void visitVariable(String name) {
            Optional<MailEvent.Variable> variable = event.variable(name);
            if (variable.isEmpty() && !CONTEXT.contains(name)) {
              unknown.putIfAbsent(name, line(source, name));
            } else if (variable.isPresent()
                && variable.get().presence() == MailEvent.Presence.FLAG) {
              flagsAsValues.add(name);
            }
          }

          @Override
          public boolean visitInclude(String name) {
            includes.add(name);
            return false;
          }

          @Override
          public boolean visitSection(String name) {
            known(name);
            return true;
          }

          @Override
          public boolean visitInvertedSection(String name) {
            known(name);
            return true;
          }

          private void known(String name) {
            if (event.variable(name).isEmpty() && !CONTEXT.contains(name)) {
              unknown.putIfAbsent(name, line(source, name));
            }
          }
        });
    if (unclosedAt[0] >= 0) {
      errors.add(
          new FieldError(
              field,
              Messages.text(
                  "mailTemplate.unclosed",
                  String.valueOf(lineAt(source, unclosedAt[0])),
                  "{{",
                  "}}")));
    }
    if (!unknown.isEmpty()) {
      String used =
          unknown.entrySet().stream()
              .map(
                  e ->
                      "{{"
                          + e.getKey()
                          + "}}"
                          + (e.getValue() > 0
                              ? " ("
                                  + Messages.text("mailTemplate.line", String.valueOf(e.getValue()))
                                  + ")"
                              : ""))
              .collect(Collectors.joining(", "));
      String allowed =
          event.variables().stream()
              .map(MailEvent.Variable::name)
              .collect(Collectors.joining(", "));
      errors.add(new FieldError(field, Messages.text("mailTemplate.unknown", used, allowed)));
    }
    for (String flag : flagsAsValues) {
      errors.add(
          new FieldError(
              field,
              Messages.text(
                  "mailTemplate.flagAsValue",
                  String.valueOf(line(source, flag)),
                  "{{" + flag + "}}",
                  "{{#" + flag + "}}",
                  "{{/" + flag + "}}")));
    }
    for (String include : includes) {
      errors.add(
          new FieldError(
              field,
              Messages.text(
                  "mailTemplate.include",
                  String.valueOf(line(source, include)),
                  "{{>" + include + "}}")));
    }
  }

  /** {@code {{{x}}}} and {@code {{&x}}} would put a value into the HTML as it is. */
  private static void unescaped(String field, String source, List<FieldError> errors) {
    Matcher matcher = UNESCAPED.matcher(source);
    if (matcher.find()) {
      String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      errors.add(
          new FieldError(
              field,
              Messages.text(
                  "mailTemplate.unescaped",
                  String.valueOf(lineAt(source, matcher.start())),
                  matcher.group(),
                  "{{" + name + "}}")));
    }
  }

  /**
   * The values a part is tried with: the samples; only what every mail gets; and that with every
   * yes/no on, so a value some mails lack fails here and not when a mail is sent.
   */
  private static List<Map<String, Object>> trials(MailEvent event) {
    Map<String, Object> flagsOn = new LinkedHashMap<>(event.fewestValues("en"));
    event.variables().stream()
        .filter(v -> v.presence() == MailEvent.Presence.FLAG)
        .forEach(v -> flagsOn.put(v.name(), Boolean.TRUE));
    return List.of(event.samples("en"), event.fewestValues("en"), flagsOn);
  }

  private static String missing(MailEvent event, MustacheException.Context missing) {
    Optional<MailEvent.Variable> variable = event.variable(missing.key);
    if (variable.isPresent()) {
      String name = missing.key;
      return Messages.text(
          "mailTemplate.notAlwaysGiven",
          String.valueOf(missing.lineNo),
          "{{" + name + "}}",
          "{{#" + name + "}}",
          "{{/" + name + "}}");
    }
    return Messages.text("mailTemplate.failed", missing.getMessage());
  }

  /** "Section missing close tag 'x' @ line 2" becomes "line 2: Section missing close tag 'x'". */
  private static String syntax(MustacheParseException wrong) {
    String message = String.valueOf(wrong.getMessage());
    Matcher at = Pattern.compile("^(.*?)\\s*@ line (\\d+)\\s*$", Pattern.DOTALL).matcher(message);
    if (at.matches()) {
      return Messages.text("mailTemplate.syntax", at.group(2), at.group(1));
    }
    return Messages.text("mailTemplate.failed", message);
  }

  /** Where a text segment holds {@code {{} or {@code }}} that Mustache did not read as a tag. */
  private static int firstBraces(String text) {
    int open = text.indexOf("{{");
    int close = text.indexOf("}}");
    if (open < 0) {
      return close;
    }
    return close < 0 ? open : Math.min(open, close);
  }

  /** The line of the first tag naming a variable, 0 when it cannot be found. */
  private static int line(String source, String name) {
    Matcher tag =
        Pattern.compile("\\{\\{[{#^/&>]?\\s*" + Pattern.quote(name) + "\\s*}?}}").matcher(source);
    return tag.find() ? lineAt(source, tag.start()) : 0;
  }

  private static int lineAt(String source, int index) {
    int line = 1;
    for (int i = 0; i < index && i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
