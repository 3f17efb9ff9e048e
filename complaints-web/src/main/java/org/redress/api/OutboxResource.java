package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.outbox.Outbox;
import org.redress.outbox.OutboxCounts;
import org.redress.outbox.OutboxMessageView;
import org.redress.outbox.OutboxStatus;

/** What waits to be delivered to other systems, what failed, and retrying it. */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Outbox")
public class OutboxResource {

  @EJB Outbox outbox;

  @GET
  @Operation(
      summary =
          "Messages newest first; troubled=true lists the failed ones and those retrying; pass"
              + " the last id as after for the next page")
  public List<OutboxMessageView> list(
      @QueryParam("status") String status,
      @QueryParam("troubled") String troubled,
      @QueryParam("record") String record,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    Boolean onlyTroubled = QueryParameters.bool(troubled, "troubled");
    return outbox.list(
        QueryParameters.enumValue(OutboxStatus.class, status, "status"),
        Boolean.TRUE.equals(onlyTroubled),
        record,
        after == null ? null : QueryParameters.id(after, "after"),
        QueryParameters.integer(limit, "limit", 50));
  }

  @GET
  @Path("counts")
  public OutboxCounts counts() {
    return outbox.counts();
  }

  @POST
  @Path("{id}/retry")
  @Operation(summary = "Send a failed message again, or a waiting one now")
  public OutboxMessageView retry(@PathParam("id") String id) {
    return outbox.retry(QueryParameters.id(id, "id"));
  }

  @POST
  @Path("retry-failed")
  @Operation(summary = "Send every failed message again (up to 500 per call)")
  public Map<String, Integer> retryFailed() {
    return Map.of("retried", outbox.retryFailed(500));
  }
}
