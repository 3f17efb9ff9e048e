package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.complaint.ComplainantAccess;
import org.redress.complaint.ComplaintIntake;
import org.redress.complaint.PublicReceipt;
import org.redress.complaint.command.NewComplaint;
import org.redress.complaint.command.RecordComplainantReply;
import org.redress.complaint.view.PublicStatus;
import org.redress.platform.InvalidInputException;

/**
 * The complainant's side, without an account: the reference and the tracking code show the stage
 * and dates of the complaint and let the complainant accept or reject the decision.
 */
@Path("public/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "For complainants")
@SecurityRequirements
public class PublicComplaintsResource {

  @EJB ComplainantAccess access;

  @EJB ComplaintIntake intake;

  @Context HttpServletRequest request;

  @Context UriInfo uriInfo;

  @POST
  @Operation(
      summary = "Make a complaint without an account, as the public form does",
      description =
          "For an organisation's own web shop or site. Answers 201 with the reference and the"
              + " tracking code the complainant needs to follow the complaint. The channel is"
              + " WEB. One address may send a few complaints an hour; more answer 429.")
  public Response complain(NewComplaint complaint) {
    PublicReceipt receipt = intake.submitFromPublicForm(complaint, request.getRemoteAddr());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(receipt.reference()).build())
        .entity(receipt)
        .build();
  }

  @GET
  @Path("{reference}")
  @Operation(summary = "The stage and dates of a complaint, with its tracking code; no login")
  public PublicStatus status(
      @PathParam("reference") String reference, @QueryParam("code") String code) {
    return access.status(ComplaintsResource.normalise(reference), requireCode(code));
  }

  @POST
  @Path("{reference}/reply")
  @Operation(summary = "Accept or reject the communicated decision, with a comment; no login")
  public PublicStatus reply(
      @PathParam("reference") String reference,
      @QueryParam("code") String code,
      RecordComplainantReply reply) {
    return access.reply(ComplaintsResource.normalise(reference), requireCode(code), reply);
  }

  private static String requireCode(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("code", "the tracking code is required");
    }
    if (code.length() > 40) {
      throw new InvalidInputException("code", "is not a tracking code");
    }
    return code;
  }
}
