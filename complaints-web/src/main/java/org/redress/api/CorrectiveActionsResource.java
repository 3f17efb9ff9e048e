package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.quality.ActionStatus;
import org.redress.quality.Nonconformities;
import org.redress.quality.view.ActionView;

/** The corrective-action board across nonconformities, by due date. */
@Path("corrective-actions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Nonconformities")
public class CorrectiveActionsResource {

  @EJB Nonconformities nonconformities;

  @GET
  @Operation(summary = "Corrective actions by due date; overdue=true shows the late open ones")
  public List<ActionView> list(
      @QueryParam("status") String status,
      @QueryParam("owner") String owner,
      @QueryParam("overdue") String overdue,
      @QueryParam("limit") String limit) {
    return nonconformities.actions(
        QueryParameters.enumValue(ActionStatus.class, status, "status"),
        owner,
        Boolean.TRUE.equals(QueryParameters.bool(overdue, "overdue")),
        QueryParameters.integer(limit, "limit", 100));
  }
}
