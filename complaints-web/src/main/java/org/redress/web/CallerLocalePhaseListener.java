package org.redress.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.redress.platform.CallerLocale;

/**
 * Tells the services the page's language for the length of a Faces request, so that their field
 * errors come back in it; and forgets it when the response is rendered.
 */
public class CallerLocalePhaseListener implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public void beforePhase(PhaseEvent event) {
    var root = event.getFacesContext().getViewRoot();
    if (root != null && root.getLocale() != null) {
      CallerLocale.set(root.getLocale());
    } else {
      var faces = event.getFacesContext();
      CallerLocale.set(faces.getApplication().getViewHandler().calculateLocale(faces));
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    if (event.getPhaseId() == PhaseId.RENDER_RESPONSE
        || event.getFacesContext().getResponseComplete()) {
      CallerLocale.clear();
    }
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }
}
