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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.analysis.ProblemSignalStatus;
import org.redress.analysis.ProblemSignalView;
import org.redress.analysis.RecurringProblems;

/**
 * Recurring and systemic problems (ISO 10002 8.2): the KPI job's proposals, the complaints behind
 * each, and the QMS admin's decision (raise a nonconformity or dismiss).
 */
@Path("recurring-problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Recurring problems")
public class RecurringProblemsResource {

  @EJB RecurringProblems problems;

  @GET
  @Operation(summary = "Proposals, newest first; status OPEN, RAISED or DISMISSED")
  public List<ProblemSignalView> list(@QueryParam("status") String status) {
    return problems.list(QueryParameters.enumValue(ProblemSignalStatus.class, status, "status"));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One proposal with the complaints behind it")
  public ProblemSignalView get(@PathParam("id") String id) {
    return problems.find(QueryParameters.id(id, "id"));
  }

  @POST
  @Path("{id}/nonconformity")
  @Operation(summary = "Raise a nonconformity from the proposal's complaints (QMS admins)")
  public ProblemSignalView raise(@PathParam("id") String id) {
    return problems.raiseNonconformity(QueryParameters.id(id, "id"));
  }

  @POST
  @Path("{id}/dismissal")
  @Operation(summary = "Dismiss the proposal: not a systemic problem (QMS admins)")
  public ProblemSignalView dismiss(@PathParam("id") String id) {
    return problems.dismiss(QueryParameters.id(id, "id"));
  }
}
