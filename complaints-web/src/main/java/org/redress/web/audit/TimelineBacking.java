package org.redress.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redress.audit.AuditProcess;
import org.redress.audit.AuditTimeline;
import org.redress.audit.IsoClause;
import org.redress.audit.TimelineCursor;
import org.redress.audit.TimelinePage;
import org.redress.audit.TimelineQuery;
import org.redress.platform.BusinessException;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/audit/timeline.xhtml}: the combined timeline, newest first, 50 entries a page,
 * filtered by period, process, ISO clause, user and record. The filters live in the address, so a
 * filtered view can be bookmarked and its CSV and PDF links carry the same filters.
 */
@Named
@ViewScoped
public class TimelineBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @EJB AuditTimeline timeline;

  private LocalDate from;
  private LocalDate to;
  private AuditProcess process;
  private IsoClause clause;
  private String actor;
  private String recordType;
  private String recordKey;
  private String cursor;
  private TimelinePage page = new TimelinePage(List.of(), null);

  public void load() {
    try {
      page =
          timeline.read(
              new TimelineQuery(
                  from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                  to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                  process,
                  clause,
                  blank(actor),
                  blank(recordType),
                  blank(recordKey),
                  null,
                  null,
                  TimelineCursor.decode(cursor, "cursor"),
                  PAGE));
    } catch (BusinessException refused) {
      FormErrors.show(
          refused, "filter", Map.of("from", "from", "to", "to", "cursor", "from", "limit", "from"));
    }
  }

  /** Applies the filters from the first page. */
  public String search() {
    if (from != null && to != null && to.isBefore(from)) {
      FormErrors.show(
          new org.redress.platform.InvalidInputException(
              "to",
              FormErrors.text(
                  jakarta.faces.context.FacesContext.getCurrentInstance(), "audit.toBeforeFrom")),
          "filter",
          Map.of("to", "to"));
      return null;
    }
    cursor = null;
    return "/app/audit/timeline?faces-redirect=true&includeViewParams=true";
  }

  /** The filters as a query string for the export links. */
  public String getExportQuery() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "from", from == null ? null : from.toString());
    put(parameters, "to", to == null ? null : to.toString());
    put(parameters, "process", process == null ? null : process.name());
    put(parameters, "clause", clause == null ? null : clause.name());
    put(parameters, "actor", blank(actor));
    put(parameters, "recordType", blank(recordType));
    put(parameters, "recordKey", blank(recordKey));
    return parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static void put(Map<String, String> parameters, String name, String value) {
    if (value != null) {
      parameters.put(name, value);
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public AuditProcess[] getProcesses() {
    return AuditProcess.values();
  }

  public IsoClause[] getClauses() {
    return IsoClause.values();
  }

  public TimelinePage getPage() {
    return page;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public AuditProcess getProcess() {
    return process;
  }

  public void setProcess(AuditProcess process) {
    this.process = process;
  }

  public IsoClause getClause() {
    return clause;
  }

  public void setClause(IsoClause clause) {
    this.clause = clause;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getRecordType() {
    return recordType;
  }

  public void setRecordType(String recordType) {
    this.recordType = recordType;
  }

  public String getRecordKey() {
    return recordKey;
  }

  public void setRecordKey(String recordKey) {
    this.recordKey = recordKey;
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
  }
}
