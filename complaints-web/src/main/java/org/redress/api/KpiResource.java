package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.analysis.Dimension;
import org.redress.analysis.Kpi;
import org.redress.analysis.KpiPoint;
import org.redress.analysis.KpiRun;
import org.redress.analysis.KpiSnapshots;
import org.redress.analysis.KpiTarget;
import org.redress.analysis.PeriodKind;
import org.redress.analysis.SaveKpiTarget;
import org.redress.analysis.StartKpiSnapshot;

/**
 * KPI snapshots (ISO 10002 8.4): start the snapshot job, follow a run, read KPI series per period
 * and group, and set the targets they are rated against.
 */
@Path("kpi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "KPIs")
public class KpiResource {

  @EJB KpiSnapshots snapshots;

  @Context UriInfo uriInfo;

  @POST
  @Path("snapshots")
  @Operation(
      summary =
          "Start the KPI snapshot job now (managers, administrators); 202 with the run to follow")
  public Response start(StartKpiSnapshot input) {
    KpiRun run = snapshots.start(input);
    return Response.accepted(run)
        .location(uriInfo.getAbsolutePathBuilder().path(Long.toString(run.executionId())).build())
        .build();
  }

  @GET
  @Path("snapshots/{execution}")
  @Operation(summary = "One run of the KPI snapshot job")
  public KpiRun run(@PathParam("execution") String execution) {
    return snapshots.run(QueryParameters.id(execution, "execution"));
  }

  @GET
  @Path("series")
  @Operation(
      summary =
          "Every KPI of a group over the latest periods, oldest first, rated against its target;"
              + " period DAY, WEEK or MONTH; dimension ALL, CATEGORY, PRODUCT or CHANNEL")
  public Map<Kpi, List<KpiPoint>> series(
      @QueryParam("period") String period,
      @QueryParam("dimension") String dimension,
      @QueryParam("key") String key,
      @QueryParam("count") String count) {
    PeriodKind kind = QueryParameters.enumValue(PeriodKind.class, period, "period");
    Dimension by = QueryParameters.enumValue(Dimension.class, dimension, "dimension");
    return snapshots.series(
        kind == null ? PeriodKind.WEEK : kind,
        by == null ? Dimension.ALL : by,
        QueryParameters.blank(key),
        QueryParameters.integer(count, "count", 12));
  }

  @GET
  @Path("targets")
  @Operation(summary = "The targets per KPI (green from, amber from)")
  public List<KpiTarget> targets() {
    return snapshots.targets();
  }

  @PUT
  @Path("targets")
  @Operation(summary = "Set targets (managers, administrators); the KPIs not given keep theirs")
  public List<KpiTarget> saveTargets(List<SaveKpiTarget> input) {
    return snapshots.saveTargets(input);
  }
}
