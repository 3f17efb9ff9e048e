package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.mail.MailTemplateAdministration;
import org.redress.mail.MailTemplateSource;
import org.redress.mail.MailTemplateSummary;
import org.redress.mail.MailTemplateView;
import org.redress.mail.MailTemplates;

/**
 * The mail templates per event and language: the administrators' own versions, the defaults, and a
 * preview with sample values.
 */
@Path("mail-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Mail templates")
public class MailTemplatesResource {

  @EJB MailTemplateAdministration templates;

  @GET
  @Operation(
      summary = "Every event's mail in every language, and whether it is customised or the default")
  public List<MailTemplateSummary> list() {
    return templates.list();
  }

  @GET
  @Path("{event}/{language}")
  @Operation(summary = "The template in force, with the variables it may use")
  public MailTemplateView get(
      @PathParam("event") String event, @PathParam("language") String language) {
    return templates.find(event, language);
  }

  @PUT
  @Path("{event}/{language}")
  @Operation(
      summary =
          "Save the administrators' own version (subject, text, html); a template that does not"
              + " compile, uses unknown variables or lacks {{reference}} in the subject answers 422"
              + " with the field errors and is not stored")
  public MailTemplateView save(
      @PathParam("event") String event,
      @PathParam("language") String language,
      MailTemplateSource source) {
    return templates.save(event, language, source);
  }

  @DELETE
  @Path("{event}/{language}")
  @Operation(summary = "Reset to the default: the administrators' own version is removed")
  public MailTemplateView reset(
      @PathParam("event") String event, @PathParam("language") String language) {
    return templates.reset(event, language);
  }

  @POST
  @Path("{event}/{language}/preview")
  @Operation(
      summary =
          "Render a draft (subject, text, html) with sample values; nothing is stored. An invalid"
              + " draft answers 422 with the field errors")
  public MailTemplates.Rendered preview(
      @PathParam("event") String event,
      @PathParam("language") String language,
      MailTemplateSource draft) {
    return templates.preview(event, language, draft);
  }
}
