package org.redress.platform;

import java.util.Locale;

/**
 * The language of the person being served on this thread, so that validation and rule messages are
 * written in it: the pages set it from the page's language, the API from {@code Accept-Language}.
 * English when nobody set it. Always cleared at the end of a request, because threads are pooled.
 */
public final class CallerLocale {

  private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

  private CallerLocale() {}

  public static void set(Locale locale) {
    CURRENT.set(locale);
  }

  public static void clear() {
    CURRENT.remove();
  }

  public static Locale current() {
    Locale locale = CURRENT.get();
    return locale == null ? Locale.ENGLISH : locale;
  }
}
