package org.redress.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language the pages are shown in: the browser's preferred one among those Redress speaks,
 * until the user picks another with the switcher.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> LANGUAGES = List.of("en", "de");

  private Locale chosen;

  public Locale getLocale() {
    if (chosen != null) {
      return chosen;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale calculated = faces.getApplication().getViewHandler().calculateLocale(faces);
    return calculated == null ? Locale.ENGLISH : calculated;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  /** Switches the language and shows the same page again. */
  public String choose(String language) {
    if (LANGUAGES.contains(language)) {
      chosen = Locale.forLanguageTag(language);
    }
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }
}
