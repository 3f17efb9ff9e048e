package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.retention.EraseRequest;
import org.redress.retention.Erasure;
import org.redress.retention.Retention;
import org.redress.retention.RetentionJob;

/**
 * Retention and complainants' data requests: start the retention job, export everything about a
 * complainant, erase their personal data.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Retention and data requests")
public class RetentionResource {

  @EJB Retention retention;

  @EJB RetentionJob job;

  @POST
  @Path("retention/run")
  @Operation(
      summary =
          "Start the retention job now (administrators): finished cases closed longer ago than the"
              + " policy's retention months lose their personal data; answers the execution id")
  public Map<String, Object> run() {
    return Map.of("executionId", job.start(), "job", RetentionJob.NAME);
  }

  @GET
  @Path("complainants/export")
  @Operation(summary = "Everything about one complainant (by mail address) as JSON")
  public JsonObject export(@QueryParam("email") String email) {
    if (email == null || email.isBlank()) {
      throw new org.redress.platform.InvalidInputException("email", "is required");
    }
    return retention.export(email);
  }

  @POST
  @Path("complainants/erasure")
  @Operation(
      summary =
          "Erase a complainant's personal data: their finished cases at once; open ones are listed"
              + " and keep it until finished")
  public Erasure erase(EraseRequest request) {
    return retention.erase(request);
  }
}
