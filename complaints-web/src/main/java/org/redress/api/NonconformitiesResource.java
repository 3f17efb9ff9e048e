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
import org.redress.platform.InvalidInputException;
import org.redress.plugin.QualitySync;
import org.redress.plugin.SyncView;
import org.redress.quality.Nonconformities;
import org.redress.quality.NonconformityStatus;
import org.redress.quality.command.CancelNonconformity;
import org.redress.quality.command.CompleteAction;
import org.redress.quality.command.PlanAction;
import org.redress.quality.command.PlanEffectivenessCheck;
import org.redress.quality.command.RaiseNonconformity;
import org.redress.quality.command.RecordEffectiveness;
import org.redress.quality.command.RecordRootCause;
import org.redress.quality.view.NonconformityDetails;
import org.redress.quality.view.NonconformitySummary;

/**
 * Nonconformities (ISO 9001 10.2) with their root cause, actions and effectiveness check, and the
 * complaints linked to them.
 */
@Path("nonconformities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Nonconformities")
public class NonconformitiesResource {

  @EJB Nonconformities nonconformities;

  @EJB QualitySync sync;

  @Context UriInfo uriInfo;

  @POST
  @Operation(
      summary =
          "Raise a nonconformity, from complaints or from an audit, internal or supplier finding")
  public Response raise(RaiseNonconformity input) {
    NonconformityDetails raised = nonconformities.raise(input);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(raised.reference()).build())
        .entity(raised)
        .build();
  }

  @GET
  @Operation(summary = "List nonconformities, newest first; pass the last reference's id as after")
  public List<NonconformitySummary> list(
      @QueryParam("status") String status, @QueryParam("limit") String limit) {
    return nonconformities.list(
        QueryParameters.enumValue(NonconformityStatus.class, status, "status"),
        null,
        QueryParameters.integer(limit, "limit", 50));
  }

  @GET
  @Path("{reference}")
  public NonconformityDetails get(@PathParam("reference") String reference) {
    return nonconformities.find(normalise(reference));
  }

  @GET
  @Path("{reference}/external-records")
  @Operation(
      summary =
          "Its records in the enabled QMS connectors: external id, sync state, status there, last"
              + " error")
  public List<SyncView> externalRecords(@PathParam("reference") String reference) {
    String normalised = normalise(reference);
    nonconformities.find(normalised);
    return sync.of(normalised);
  }

  @POST
  @Path("{reference}/complaints/{complaint}")
  @Operation(summary = "Link one more complaint to this nonconformity")
  public NonconformityDetails link(
      @PathParam("reference") String reference, @PathParam("complaint") String complaint) {
    return nonconformities.linkComplaint(normalise(reference), normalise(complaint));
  }

  @POST
  @Path("{reference}/analysis")
  public NonconformityDetails startAnalysis(@PathParam("reference") String reference) {
    return nonconformities.startAnalysis(normalise(reference));
  }

  @POST
  @Path("{reference}/root-cause")
  @Operation(
      summary = "Record the 5 whys, the Ishikawa category, the root cause and optional 8D steps")
  public NonconformityDetails rootCause(
      @PathParam("reference") String reference, RecordRootCause input) {
    return nonconformities.recordRootCause(normalise(reference), input);
  }

  @POST
  @Path("{reference}/actions")
  public NonconformityDetails planAction(
      @PathParam("reference") String reference, PlanAction input) {
    return nonconformities.planAction(normalise(reference), input);
  }

  @POST
  @Path("{reference}/implementation")
  public NonconformityDetails startImplementation(@PathParam("reference") String reference) {
    return nonconformities.startImplementation(normalise(reference));
  }

  @POST
  @Path("{reference}/actions/{number}/start")
  public NonconformityDetails startAction(
      @PathParam("reference") String reference, @PathParam("number") String number) {
    return nonconformities.startAction(normalise(reference), number(number));
  }

  @POST
  @Path("{reference}/actions/{number}/completion")
  @Operation(summary = "Complete an action with its evidence")
  public NonconformityDetails completeAction(
      @PathParam("reference") String reference,
      @PathParam("number") String number,
      CompleteAction input) {
    return nonconformities.completeAction(normalise(reference), number(number), input);
  }

  @POST
  @Path("{reference}/actions/{number}/cancellation")
  public NonconformityDetails cancelAction(
      @PathParam("reference") String reference, @PathParam("number") String number) {
    return nonconformities.cancelAction(normalise(reference), number(number));
  }

  @POST
  @Path("{reference}/effectiveness-check")
  public NonconformityDetails planCheck(
      @PathParam("reference") String reference, PlanEffectivenessCheck input) {
    return nonconformities.planEffectivenessCheck(normalise(reference), input);
  }

  @POST
  @Path("{reference}/effectiveness-result")
  public NonconformityDetails recordCheck(
      @PathParam("reference") String reference, RecordEffectiveness input) {
    return nonconformities.recordEffectiveness(normalise(reference), input);
  }

  @POST
  @Path("{reference}/closure")
  public NonconformityDetails close(@PathParam("reference") String reference) {
    return nonconformities.close(normalise(reference));
  }

  @POST
  @Path("{reference}/cancellation")
  public NonconformityDetails cancel(
      @PathParam("reference") String reference, CancelNonconformity input) {
    return nonconformities.cancel(normalise(reference), input);
  }

  private static String normalise(String reference) {
    return reference == null ? null : reference.strip().toUpperCase(Locale.ROOT);
  }

  private static int number(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("number", "must be an action number");
    }
  }
}
