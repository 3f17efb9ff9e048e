package org.redress.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.redress.mail.MailTemplateAdministration;
import org.redress.mail.MailTemplateSource;
import org.redress.mail.MailTemplateSummary;
import org.redress.mail.MailTemplateView;
import org.redress.mail.MailTemplates;
import org.redress.platform.BusinessException;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/admin/mail-templates.xhtml}: every event's mail in every language, customised or
 * the default, and the chosen one's subject, text and HTML with the variables it may use, a preview
 * with sample values, saving and resetting to the default.
 */
@Named
@ViewScoped
public class MailTemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "templateForm";
  private static final Map<String, String> FIELDS =
      Map.of("subject", "subject", "text", "text", "html", "html");

  @EJB MailTemplateAdministration templates;

  private String event;
  private String language;
  private List<MailTemplateSummary> items = List.of();
  private MailTemplateView selected;
  private String subject;
  private String text;
  private String html;
  private MailTemplates.Rendered preview;

  /** On opening the page: the list, and the chosen template's form. */
  public void load() {
    items = templates.list();
    selected =
        event == null || language == null
            ? null
            : items.stream()
                .filter(t -> t.event().equals(event) && t.language().equals(language))
                .findFirst()
                .map(t -> templates.find(t.event(), t.language()))
                .orElse(null);
    if (selected != null) {
      show(selected);
    }
  }

  public void preview() {
    try {
      preview = templates.preview(event, language, draft());
    } catch (BusinessException refused) {
      preview = null;
      FormErrors.show(refused, FORM, FIELDS);
    }
  }

  public void save() {
    try {
      selected = templates.save(event, language, draft());
      show(selected);
      items = templates.list();
      FormErrors.info("mailTemplates.saved");
    } catch (BusinessException refused) {
      FormErrors.show(refused, FORM, FIELDS);
    }
  }

  public void reset() {
    try {
      selected = templates.reset(event, language);
      show(selected);
      items = templates.list();
      preview = null;
      FormErrors.info("mailTemplates.resetDone");
    } catch (BusinessException refused) {
      FormErrors.show(refused, FORM, FIELDS);
    }
  }

  /** How a variable is written in a template. */
  public String usage(MailTemplateView.VariableView variable) {
    String name = variable.name();
    return switch (variable.presence()) {
      case ALWAYS -> "{{" + name + "}}";
      case OPTIONAL -> "{{#" + name + "}}…{{" + name + "}}…{{/" + name + "}}";
      case FLAG -> "{{#" + name + "}}…{{/" + name + "}}";
    };
  }

  /** What a variable holds, in the page's language; empty for one the texts do not describe. */
  public String description(String variable) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String key = "mailTemplates.variable." + variable;
    return bundle.containsKey(key) ? bundle.getString(key) : "";
  }

  /** The name of an event's mail, in the page's language; the template name if not described. */
  public String eventName(String template) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String key = "mailTemplates.event." + template;
    return bundle.containsKey(key) ? bundle.getString(key) : template;
  }

  private MailTemplateSource draft() {
    return new MailTemplateSource(subject, text, html);
  }

  private void show(MailTemplateView view) {
    subject = view.subject();
    text = view.text();
    html = view.html();
  }

  public String getEvent() {
    return event;
  }

  public void setEvent(String event) {
    this.event = event;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public List<MailTemplateSummary> getItems() {
    return items;
  }

  public MailTemplateView getSelected() {
    return selected;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }

  public MailTemplates.Rendered getPreview() {
    return preview;
  }
}
