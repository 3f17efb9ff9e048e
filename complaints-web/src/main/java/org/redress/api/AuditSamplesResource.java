package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.audit.sampling.AnswerChecklistItem;
import org.redress.audit.sampling.AuditSamples;
import org.redress.audit.sampling.ChecklistView;
import org.redress.audit.sampling.DrawSample;
import org.redress.audit.sampling.SampleDetails;
import org.redress.audit.sampling.SampleReproduction;
import org.redress.audit.sampling.SampleSummary;

/**
 * Audit samples: random samples of the complaints closed in a period, drawn by auditors, stored
 * with their seed so they can be revisited and drawn again, and an audit checklist per sampled
 * complaint.
 */
@Path("audit-samples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit samples")
public class AuditSamplesResource {

  @EJB AuditSamples samples;

  @Context UriInfo uriInfo;

  @POST
  @Operation(
      summary = "Draw a random sample of the complaints closed in a period (auditors)",
      description =
          "Body: from, to (ISO dates, both inclusive), size (1 to 200), optional seed (repeats an"
              + " earlier draw), optional purpose.")
  public Response draw(DrawSample input) {
    SampleDetails drawn = samples.draw(input);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(drawn.reference()).build())
        .entity(drawn)
        .build();
  }

  @GET
  @Operation(summary = "List the samples, newest first")
  public List<SampleSummary> list(@QueryParam("limit") String limit) {
    return samples.list(QueryParameters.integer(limit, "limit", 50));
  }

  @GET
  @Path("{reference}")
  public SampleDetails get(@PathParam("reference") String reference) {
    return samples.find(normalise(reference));
  }

  @GET
  @Path("{reference}/reproduction")
  @Operation(
      summary = "Draw the sample again from its seed and say whether it gives the same complaints")
  public SampleReproduction reproduce(@PathParam("reference") String reference) {
    return samples.reproduce(normalise(reference));
  }

  @GET
  @Path("{reference}/complaints/{complaint}/checklist")
  @Operation(summary = "The audit checklist of one sampled complaint")
  public ChecklistView checklist(
      @PathParam("reference") String reference, @PathParam("complaint") String complaint) {
    return samples.checklist(normalise(reference), normalise(complaint));
  }

  @POST
  @Path("{reference}/complaints/{complaint}/checklist")
  @Operation(
      summary = "Record the auditor's verdict on one checklist item (auditors)",
      description = "Body: item, verdict (CONFORMS, DOES_NOT_CONFORM, NOT_APPLICABLE), note.")
  public ChecklistView answer(
      @PathParam("reference") String reference,
      @PathParam("complaint") String complaint,
      AnswerChecklistItem input) {
    return samples.answer(normalise(reference), normalise(complaint), input);
  }

  private static String normalise(String reference) {
    return reference == null ? null : reference.strip().toUpperCase(Locale.ROOT);
  }
}
