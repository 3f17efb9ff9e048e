package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.audit.AuditEntryView;
import org.redress.audit.AuditQuery;
import org.redress.audit.AuditTrailReader;
import org.redress.audit.AuditVerification;
import org.redress.audit.VerificationReport;
import org.redress.platform.InvalidInputException;

/** The audit trail for auditors: reading it, exporting it, and verifying its hash chain. */
@Path("audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit trail")
public class AuditTrailResource {

  @EJB AuditVerification verification;

  @EJB AuditTrailReader reader;

  @GET
  @Operation(
      summary = "Read the audit trail, oldest first",
      description =
          "Filters: from/to (ISO dates, to inclusive), recordType (Complaint, Nonconformity,"
              + " HandlingPolicy, Category), recordKey, actor. Pages: pass the last id as after.")
  public List<AuditEntryView> read(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("recordType") String recordType,
      @QueryParam("recordKey") String recordKey,
      @QueryParam("actor") String actor,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    return reader.read(
        query(
            from,
            to,
            recordType,
            recordKey,
            actor,
            after,
            QueryParameters.integer(limit, "limit", 100)));
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(summary = "The same entries as CSV (UTF-8, with a header row), for spreadsheets")
  public Response export(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("recordType") String recordType,
      @QueryParam("recordKey") String recordKey,
      @QueryParam("actor") String actor) {
    AuditQuery first =
        query(from, to, recordType, recordKey, actor, null, AuditTrailReader.MAX_PAGE);
    AuditQuery[] page = {first};
    StreamingOutput csv =
        output ->
            AuditExports.csv(
                output,
                new String[] {
                  "id",
                  "occurredAt",
                  "actor",
                  "recordType",
                  "recordKey",
                  "action",
                  "changes",
                  "sealNo",
                  "entryHash"
                },
                () -> {
                  if (page[0] == null) {
                    return List.of();
                  }
                  List<AuditEntryView> entries = reader.read(page[0]);
                  page[0] =
                      entries.size() < AuditTrailReader.MAX_PAGE
                          ? null
                          : new AuditQuery(
                              page[0].from(),
                              page[0].to(),
                              page[0].recordType(),
                              page[0].recordKey(),
                              page[0].actor(),
                              entries.get(entries.size() - 1).id(),
                              AuditTrailReader.MAX_PAGE);
                  return entries;
                },
                e ->
                    new Object[] {
                      e.id(),
                      e.occurredAt(),
                      e.actor(),
                      e.recordType(),
                      e.recordKey(),
                      e.action(),
                      e.changes(),
                      e.sealNo(),
                      e.entryHash()
                    });
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"")
        .build();
  }

  private static AuditQuery query(
      String from,
      String to,
      String recordType,
      String recordKey,
      String actor,
      String after,
      int limit) {
    Long afterId = null;
    if (after != null && !after.isBlank()) {
      try {
        afterId = Long.parseLong(after.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("after", "must be the id of an entry");
      }
    }
    return new AuditQuery(
        QueryParameters.day(from, "from", 0),
        QueryParameters.day(to, "to", 1),
        QueryParameters.blank(recordType),
        QueryParameters.blank(recordKey),
        QueryParameters.blank(actor),
        afterId,
        limit);
  }

  @GET
  @Path("verification")
  @Operation(
      summary = "Verify the audit trail",
      description =
          "Recomputes the SHA-256 chain over every sealed entry and names the first entry that"
              + " was changed, removed or inserted outside the application.")
  public VerificationReport verify() {
    return verification.verify();
  }
}
