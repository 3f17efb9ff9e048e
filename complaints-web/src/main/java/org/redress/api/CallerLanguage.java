package org.redress.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import org.redress.platform.CallerLocale;

/**
 * Answers API errors in the language the client asks for with {@code Accept-Language} (English or
 * German; English otherwise).
 */
@Provider
@PreMatching
public class CallerLanguage implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Set<String> SPOKEN = Set.of("en", "de");

  @Override
  public void filter(ContainerRequestContext request) {
    Locale chosen = Locale.ENGLISH;
    for (Locale wanted : request.getAcceptableLanguages()) {
      if (SPOKEN.contains(wanted.getLanguage())) {
        chosen = Locale.forLanguageTag(wanted.getLanguage());
        break;
      }
    }
    CallerLocale.set(chosen);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    CallerLocale.clear();
  }
}
