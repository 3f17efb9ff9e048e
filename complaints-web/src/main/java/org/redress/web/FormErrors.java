package org.redress.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.ResourceBundle;
import org.redress.platform.BusinessException;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;

/**
 * Shows what a service refused where the user looks for it: each field error next to its input
 * (found by the id the page gave it), everything else at the top of the form.
 */
public final class FormErrors {

  private FormErrors() {}

  /**
   * @param fieldToInput the service's field paths (e.g. {@code complainant.email}) mapped to the
   *     ids of the inputs that hold them in the form
   */
  public static void show(
      BusinessException refused, String formId, Map<String, String> fieldToInput) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (refused instanceof InvalidInputException invalid) {
      for (FieldError error : invalid.errors()) {
        String input = fieldToInput.get(error.field());
        String clientId = input == null ? null : clientId(faces, formId, input);
        faces.addMessage(
            clientId,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                clientId == null ? error.field() + ": " + error.message() : error.message(),
                null));
      }
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "form.fixErrors"), null));
    } else {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
    }
    faces.validationFailed();
  }

  public static void info(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            java.text.MessageFormat.format(text(faces, key), arguments),
            null));
  }

  public static String text(FacesContext faces, String key) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  private static String clientId(FacesContext faces, String formId, String input) {
    UIComponent component = faces.getViewRoot().findComponent(":" + formId + ":" + input);
    if (component != null) {
      return component.getClientId(faces);
    }
    // An input repeated per row (ui:repeat), e.g. "fields:2:text": found only by its client id.
    String clientId = formId + ":" + input;
    boolean repeated =
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, found) -> {});
    return repeated ? clientId : null;
  }
}
