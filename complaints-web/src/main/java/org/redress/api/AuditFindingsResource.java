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
import org.redress.audit.finding.AuditFindings;
import org.redress.audit.finding.FindingView;
import org.redress.audit.finding.RecordFinding;

/**
 * Audit findings, recorded by auditors against a sample, a record or a clause; a finding raises a
 * nonconformity with source AUDIT (the auditor who recorded it, or a QMS admin).
 */
@Path("audit-findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit findings")
public class AuditFindingsResource {

  @EJB AuditFindings findings;

  @Context UriInfo uriInfo;

  @POST
  @Operation(
      summary = "Record a finding (auditors)",
      description =
          "Body: title, description, clause (e.g. ISO10002_7_4), severity (MAJOR, MINOR,"
              + " OBSERVATION, OPPORTUNITY), optional sample, optional recordType with recordKey.")
  public Response record(RecordFinding input) {
    FindingView recorded = findings.record(input);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(recorded.reference()).build())
        .entity(recorded)
        .build();
  }

  @GET
  @Operation(summary = "List findings, newest first")
  public List<FindingView> list(
      @QueryParam("sample") String sample,
      @QueryParam("recordType") String recordType,
      @QueryParam("recordKey") String recordKey,
      @QueryParam("nonconformity") String nonconformity,
      @QueryParam("limit") String limit) {
    return findings.list(
        sample, recordType, recordKey, nonconformity, QueryParameters.integer(limit, "limit", 50));
  }

  @GET
  @Path("{reference}")
  public FindingView get(@PathParam("reference") String reference) {
    return findings.find(normalise(reference));
  }

  @POST
  @Path("{reference}/nonconformity")
  @Operation(
      summary = "Raise a nonconformity with source AUDIT from this finding",
      description =
          "The auditor who recorded the finding or a QMS admin. Not for an opportunity for"
              + " improvement; once per finding.")
  public Response raiseNonconformity(@PathParam("reference") String reference) {
    FindingView raised = findings.raiseNonconformity(normalise(reference));
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("nonconformities")
                .path(raised.nonconformity())
                .build())
        .entity(raised)
        .build();
  }

  private static String normalise(String reference) {
    return reference == null ? null : reference.strip().toUpperCase(Locale.ROOT);
  }
}
