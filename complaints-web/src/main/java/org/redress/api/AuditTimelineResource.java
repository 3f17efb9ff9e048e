package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.audit.AuditProcess;
import org.redress.audit.AuditTimeline;
import org.redress.audit.IsoClause;
import org.redress.audit.TimelineCursor;
import org.redress.audit.TimelineEntry;
import org.redress.audit.TimelinePage;
import org.redress.audit.TimelineQuery;
import org.redress.platform.InvalidInputException;

/**
 * The auditor's combined timeline over complaints, nonconformities, corrective actions,
 * effectiveness checks, configuration and audit records, newest first, and its export as CSV and
 * PDF with the same filters.
 */
@Path("audit-timeline")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit timeline")
public class AuditTimelineResource {

  private static final String FILTERS =
      "Filters: from/to (ISO dates, to inclusive), process (COMPLAINT_HANDLING,"
          + " NONCONFORMITY_AND_CORRECTIVE_ACTION, ANALYSIS_AND_MONITORING, AUDIT, CONFIGURATION),"
          + " clause (e.g."
          + " ISO10002_7_4, ISO9001_10_2_1D), actor, recordType, recordKey.";

  @EJB AuditTimeline timeline;

  @Inject Clock clock;

  @GET
  @Operation(
      summary = "Read the combined audit timeline, newest first",
      description = FILTERS + " Pages: pass nextCursor as cursor; limit 1 to 1000 (default 50).")
  public TimelinePage read(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("process") String process,
      @QueryParam("clause") String clause,
      @QueryParam("actor") String actor,
      @QueryParam("recordType") String recordType,
      @QueryParam("recordKey") String recordKey,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    int size = QueryParameters.integer(limit, "limit", 50);
    if (size > TimelineQuery.MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be at most " + TimelineQuery.MAX_LIMIT);
    }
    return timeline.read(
        query(from, to, process, clause, actor, recordType, recordKey)
            .after(TimelineCursor.decode(cursor, "cursor"))
            .withLimit(size));
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(summary = "The filtered timeline as CSV (UTF-8, header row)", description = FILTERS)
  public Response csv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("process") String process,
      @QueryParam("clause") String clause,
      @QueryParam("actor") String actor,
      @QueryParam("recordType") String recordType,
      @QueryParam("recordKey") String recordKey) {
    TimelineQuery query = query(from, to, process, clause, actor, recordType, recordKey);
    timeline.read(query.withLimit(1)); // refuses bad filters before the download starts
    StreamingOutput csv =
        output ->
            AuditExports.csv(
                output, AuditExports.TIMELINE_COLUMNS, pages(query), AuditExports::timelineRow);
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-timeline.csv\"")
        .build();
  }

  @GET
  @Path("export.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "The filtered timeline as a PDF report (A4 landscape, times in UTC)",
      description = FILTERS)
  public Response pdf(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("process") String process,
      @QueryParam("clause") String clause,
      @QueryParam("actor") String actor,
      @QueryParam("recordType") String recordType,
      @QueryParam("recordKey") String recordKey) {
    TimelineQuery query = query(from, to, process, clause, actor, recordType, recordKey);
    timeline.read(query.withLimit(1));
    List<String> filters = new ArrayList<>();
    filters.add("Period: " + text(from, "the beginning") + " to " + text(to, "today"));
    addFilter(filters, "Process", query.process() == null ? null : query.process().name());
    addFilter(filters, "ISO clause", query.clause() == null ? null : query.clause().label());
    addFilter(filters, "User", query.actor());
    addFilter(
        filters,
        "Record",
        query.recordType() == null
            ? query.recordKey()
            : query.recordType() + (query.recordKey() == null ? "" : " " + query.recordKey()));
    Instant now = clock.instant();
    StreamingOutput pdf = output -> AuditExports.timelinePdf(output, filters, pages(query), now);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"audit-timeline.pdf\"")
        .build();
  }

  /** Reads the timeline a chunk at a time with its cursor, for the exports. */
  private AuditExports.Pages<TimelineEntry> pages(TimelineQuery query) {
    TimelineQuery[] next = {query.withLimit(AuditExports.CHUNK)};
    return () -> {
      if (next[0] == null) {
        return List.of();
      }
      TimelinePage page = timeline.read(next[0]);
      next[0] =
          page.nextCursor() == null
              ? null
              : next[0].after(TimelineCursor.decode(page.nextCursor(), "cursor"));
      return page.items();
    };
  }

  static TimelineQuery query(
      String from,
      String to,
      String process,
      String clause,
      String actor,
      String recordType,
      String recordKey) {
    return new TimelineQuery(
        QueryParameters.day(from, "from", 0),
        QueryParameters.day(to, "to", 1),
        QueryParameters.enumValue(AuditProcess.class, process, "process"),
        QueryParameters.enumValue(IsoClause.class, clause, "clause"),
        QueryParameters.blank(actor),
        QueryParameters.blank(recordType),
        QueryParameters.blank(recordKey),
        null,
        null,
        null,
        50);
  }

  private static String text(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  private static void addFilter(List<String> filters, String name, String value) {
    if (value != null) {
      filters.add(name + ": " + value);
    }
  }
}
