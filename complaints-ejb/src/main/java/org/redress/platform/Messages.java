package org.redress.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of refusals (field errors and rule violations) in the caller's language, from the
 * bundle {@code org/redress/platform/messages}. English is the fallback for any language Redress
 * does not speak yet.
 */
public final class Messages {

  private static final String BUNDLE = "org.redress.platform.messages";

  private Messages() {}

  public static String text(String key, Object... arguments) {
    Locale locale = CallerLocale.current();
    String pattern;
    try {
      pattern =
          ResourceBundle.getBundle(
                  BUNDLE,
                  locale,
                  Messages.class.getClassLoader(),
                  ResourceBundle.Control.getNoFallbackControl(
                      ResourceBundle.Control.FORMAT_DEFAULT))
              .getString(key);
    } catch (MissingResourceException notTranslated) {
      pattern =
          ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Messages.class.getClassLoader())
              .getString(key);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
