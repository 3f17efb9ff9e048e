package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.complaint.ComplaintFilter;
import org.redress.complaint.ComplaintIntake;
import org.redress.complaint.ComplaintQueries;
import org.redress.complaint.ComplaintSort;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.ComplaintWorkflow;
import org.redress.complaint.Priority;
import org.redress.complaint.Submission;
import org.redress.complaint.command.Acknowledge;
import org.redress.complaint.command.AddInvestigationNote;
import org.redress.complaint.command.Assess;
import org.redress.complaint.command.Assign;
import org.redress.complaint.command.Close;
import org.redress.complaint.command.CommunicateDecision;
import org.redress.complaint.command.DecideApproval;
import org.redress.complaint.command.Escalate;
import org.redress.complaint.command.NewComplaint;
import org.redress.complaint.command.ProposeResponse;
import org.redress.complaint.command.RecordComplainantReply;
import org.redress.complaint.command.RecordInformation;
import org.redress.complaint.command.ReferExternally;
import org.redress.complaint.command.Reopen;
import org.redress.complaint.command.RequestInformation;
import org.redress.complaint.command.Withdraw;
import org.redress.complaint.view.ComplaintDetails;
import org.redress.complaint.view.ComplaintPage;
import org.redress.platform.InvalidInputException;

/**
 * Complaints for staff and integrated systems: create one, list and read them, and take each step
 * of the handling process with {@code POST /complaints/{reference}/<step>}.
 */
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Complaints")
public class ComplaintsResource {

  private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  @EJB ComplaintIntake intake;

  @EJB ComplaintWorkflow workflow;

  @EJB ComplaintQueries queries;

  @Context UriInfo uriInfo;

  @POST
  @Operation(
      summary = "Record a complaint",
      description =
          "Answers 201 with the complaint, its reference, tracking code and deadlines. With an"
              + " Idempotency-Key, a retry answers with the complaint the first request created.")
  public Response create(
      NewComplaint complaint,
      @Parameter(description = "A client-chosen key; the same key again returns the same complaint")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey) {
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    if (key != null && key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw new InvalidInputException(
          "Idempotency-Key", "must be at most " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
    Submission submission = submit(complaint, key);
    ComplaintDetails created = submission.complaint();
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.reference()).build())
        .header("Idempotent-Replayed", submission.replayed())
        .entity(created)
        .build();
  }

  private Submission submit(NewComplaint complaint, String key) {
    try {
      return intake.submit(complaint, key);
    } catch (EJBAccessException denied) {
      throw denied;
    } catch (EJBException failed) {
      // A concurrent request with the same key won the race: answer with its complaint.
      Submission first = key == null ? null : intake.replay(complaint, key);
      if (first == null) {
        throw failed;
      }
      return first;
    }
  }

  @GET
  @Operation(summary = "List complaints, a page at a time, filtered and sorted")
  public ComplaintPage list(
      @Parameter(description = "One or more states (repeat, or comma-separated)")
          @QueryParam("status")
          List<String> status,
      @Parameter(description = "true: open cases only; false: finished only") @QueryParam("open")
          String open,
      @QueryParam("priority") String priority,
      @Parameter(description = "A category code") @QueryParam("category") String category,
      @Parameter(description = "A handler's user name") @QueryParam("assignee") String assignee,
      @QueryParam("unassigned") String unassigned,
      @Parameter(description = "true: past the response deadline") @QueryParam("overdue")
          String overdue,
      @Parameter(description = "Free text: reference, name, email, product, order or words")
          @QueryParam("q")
          String q,
      @Parameter(description = "responseDue (default) or received") @QueryParam("sort") String sort,
      @Parameter(description = "asc (default) or desc") @QueryParam("order") String order,
      @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit")
          String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor) {
    if (q != null && q.length() > 200) {
      throw new InvalidInputException("q", "must be at most 200 characters");
    }
    ComplaintFilter filter =
        new ComplaintFilter(
            QueryParameters.enumValues(ComplaintStatus.class, status, "status"),
            QueryParameters.bool(open, "open"),
            QueryParameters.enumValue(Priority.class, priority, "priority"),
            category,
            assignee,
            QueryParameters.bool(unassigned, "unassigned"),
            QueryParameters.bool(overdue, "overdue"),
            q,
            sortOf(sort),
            descending(order),
            QueryParameters.integer(limit, "limit", ComplaintFilter.DEFAULT_LIMIT),
            cursor);
    return queries.search(filter);
  }

  @GET
  @Path("{reference}")
  @Operation(summary = "Read a complaint with its timeline")
  public ComplaintDetails get(@PathParam("reference") String reference) {
    return queries.details(normalise(reference));
  }

  @POST
  @Path("{reference}/acknowledgement")
  @Operation(summary = "ISO 10002 7.4: record the acknowledgement sent to the complainant")
  public ComplaintDetails acknowledge(@PathParam("reference") String reference, Acknowledge input) {
    return workflow.acknowledge(normalise(reference), input);
  }

  @POST
  @Path("{reference}/assessment")
  @Operation(summary = "ISO 10002 7.5: assess; sets the priority and the response deadline")
  public ComplaintDetails assess(@PathParam("reference") String reference, Assess input) {
    return workflow.assess(normalise(reference), input);
  }

  @POST
  @Path("{reference}/assignment")
  @Operation(summary = "ISO 10002 7.6: assign the investigation to a handler")
  public ComplaintDetails assign(@PathParam("reference") String reference, Assign input) {
    return workflow.assign(normalise(reference), input);
  }

  @POST
  @Path("{reference}/investigation-notes")
  @Operation(summary = "ISO 10002 7.6: add a finding of the investigation")
  public ComplaintDetails addInvestigationNote(
      @PathParam("reference") String reference, AddInvestigationNote input) {
    return workflow.addInvestigationNote(normalise(reference), input);
  }

  @POST
  @Path("{reference}/information-requests")
  @Operation(
      summary =
          "ISO 10002 7.6: ask the complainant for information; the response and resolution"
              + " deadlines stop until the answer (by EMAIL the request is mailed)")
  public ComplaintDetails requestInformation(
      @PathParam("reference") String reference, RequestInformation input) {
    return workflow.requestInformation(normalise(reference), input);
  }

  @POST
  @Path("{reference}/information")
  @Operation(
      summary =
          "Record the complainant's answer to a request for information; the deadlines move by"
              + " the working time waited")
  public ComplaintDetails recordInformation(
      @PathParam("reference") String reference, RecordInformation input) {
    return workflow.recordInformation(normalise(reference), input);
  }

  @POST
  @Path("{reference}/response")
  @Operation(summary = "ISO 10002 7.7: propose the remedy")
  public ComplaintDetails proposeResponse(
      @PathParam("reference") String reference, ProposeResponse input) {
    return workflow.proposeResponse(normalise(reference), input);
  }

  @POST
  @Path("{reference}/approval")
  @Operation(summary = "A manager approves, or returns, a response above the approval threshold")
  public ComplaintDetails decideApproval(
      @PathParam("reference") String reference, DecideApproval input) {
    return workflow.decideApproval(normalise(reference), input);
  }

  @POST
  @Path("{reference}/decision")
  @Operation(summary = "ISO 10002 7.8: record that the decision was communicated, and how")
  public ComplaintDetails communicateDecision(
      @PathParam("reference") String reference, CommunicateDecision input) {
    return workflow.communicateDecision(normalise(reference), input);
  }

  @POST
  @Path("{reference}/complainant-reply")
  @Operation(summary = "ISO 10002 7.9: record the complainant's acceptance or rejection")
  public ComplaintDetails recordComplainantReply(
      @PathParam("reference") String reference, RecordComplainantReply input) {
    return workflow.recordComplainantReply(normalise(reference), input);
  }

  @POST
  @Path("{reference}/escalation")
  @Operation(summary = "ISO 10002 7.9: escalate to the next internal tier")
  public ComplaintDetails escalate(@PathParam("reference") String reference, Escalate input) {
    return workflow.escalate(normalise(reference), input);
  }

  @POST
  @Path("{reference}/external-referral")
  @Operation(summary = "ISO 10003: refer to an external dispute-resolution body")
  public ComplaintDetails referExternally(
      @PathParam("reference") String reference, ReferExternally input) {
    return workflow.referExternally(normalise(reference), input);
  }

  @POST
  @Path("{reference}/closure")
  @Operation(summary = "ISO 10002 7.9: close the case with an outcome")
  public ComplaintDetails close(@PathParam("reference") String reference, Close input) {
    return workflow.close(normalise(reference), input);
  }

  @POST
  @Path("{reference}/withdrawal")
  @Operation(summary = "Record that the complainant withdrew the complaint")
  public ComplaintDetails withdraw(@PathParam("reference") String reference, Withdraw input) {
    return workflow.withdraw(normalise(reference), input);
  }

  @POST
  @Path("{reference}/reopening")
  @Operation(summary = "Reopen a closed case within the reopen window")
  public ComplaintDetails reopen(@PathParam("reference") String reference, Reopen input) {
    return workflow.reopen(normalise(reference), input);
  }

  static String normalise(String reference) {
    return reference == null ? null : reference.strip().toUpperCase(Locale.ROOT);
  }

  private static ComplaintSort sortOf(String sort) {
    if (sort == null || sort.isBlank() || sort.equalsIgnoreCase("responseDue")) {
      return ComplaintSort.RESPONSE_DUE;
    }
    if (sort.equalsIgnoreCase("received")) {
      return ComplaintSort.RECEIVED;
    }
    throw new InvalidInputException("sort", "must be responseDue or received");
  }

  private static boolean descending(String order) {
    if (order == null || order.isBlank() || order.equalsIgnoreCase("asc")) {
      return false;
    }
    if (order.equalsIgnoreCase("desc")) {
      return true;
    }
    throw new InvalidInputException("order", "must be asc or desc");
  }
}
