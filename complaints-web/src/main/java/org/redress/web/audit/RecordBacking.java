package org.redress.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.redress.audit.AuditTimeline;
import org.redress.audit.TimelineEntry;
import org.redress.audit.TimelineQuery;
import org.redress.audit.finding.AuditFindings;
import org.redress.audit.finding.FindingView;
import org.redress.complaint.ComplaintQueries;
import org.redress.complaint.view.ComplaintDetails;
import org.redress.platform.RecordNotFoundException;
import org.redress.quality.Nonconformities;
import org.redress.quality.view.ActionView;
import org.redress.quality.view.NonconformityDetails;

/**
 * Backs {@code app/audit/record.xhtml}: the auditor's drill-down. A complaint ({@code ?complaint=})
 * leads to its nonconformity ({@code ?nc=}), that to its corrective actions ({@code ?nc=&action=})
 * and its effectiveness check ({@code ?nc=&check=true}), and each back up; every record shows its
 * own slice of the audit timeline and the findings about it. Personal data comes masked for
 * auditors, as the complaint queries give it.
 */
@Named
@ViewScoped
public class RecordBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SLICE = 200;

  /** What the page shows. */
  public enum Kind {
    COMPLAINT,
    NONCONFORMITY,
    ACTION,
    CHECK
  }

  @EJB ComplaintQueries complaints;

  @EJB Nonconformities nonconformities;

  @EJB AuditTimeline timeline;

  @EJB AuditFindings findings;

  private String complaint;
  private String nc;
  private Integer action;
  private boolean check;

  private Kind kind;
  private boolean notFound;
  private ComplaintDetails complaintDetails;
  private NonconformityDetails ncDetails;
  private ActionView actionView;
  private List<TimelineEntry> entries = List.of();
  private boolean more;
  private List<FindingView> findingsAbout = List.of();
  private List<FindingView> raisedFrom = List.of();

  public void load() {
    try {
      if (blank(complaint) != null) {
        kind = Kind.COMPLAINT;
        complaint = complaint.strip().toUpperCase(Locale.ROOT);
        complaintDetails = complaints.details(complaint);
        slice(TimelineQuery.record("Complaint", complaint, SLICE));
        findingsAbout = findings.list(null, "Complaint", complaint, null, 100);
      } else if (blank(nc) != null) {
        nc = nc.strip().toUpperCase(Locale.ROOT);
        ncDetails = nonconformities.find(nc);
        if (action != null) {
          kind = Kind.ACTION;
          actionView =
              ncDetails.actions().stream()
                  .filter(a -> a.number() == action)
                  .findFirst()
                  .orElseThrow(() -> new RecordNotFoundException("Action", nc + "/" + action));
          slice(
              new TimelineQuery(
                  null,
                  null,
                  null,
                  null,
                  null,
                  "Nonconformity",
                  nc,
                  "action." + action,
                  null,
                  null,
                  SLICE));
        } else if (check) {
          kind = Kind.CHECK;
          slice(
              new TimelineQuery(
                  null,
                  null,
                  null,
                  null,
                  null,
                  "Nonconformity",
                  nc,
                  null,
                  TimelineEntry.CHECK_ACTIONS,
                  null,
                  SLICE));
        } else {
          kind = Kind.NONCONFORMITY;
          slice(TimelineQuery.record("Nonconformity", nc, SLICE));
          findingsAbout = findings.list(null, "Nonconformity", nc, null, 100);
          raisedFrom = findings.list(null, null, null, nc, 10);
        }
      } else {
        notFound = true;
      }
    } catch (RecordNotFoundException missing) {
      notFound = true;
    }
  }

  private void slice(TimelineQuery query) {
    var page = timeline.read(query);
    entries = page.items();
    more = page.nextCursor() != null;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public Kind getKind() {
    return kind;
  }

  public boolean isNotFound() {
    return notFound;
  }

  public ComplaintDetails getComplaintDetails() {
    return complaintDetails;
  }

  public NonconformityDetails getNcDetails() {
    return ncDetails;
  }

  public ActionView getActionView() {
    return actionView;
  }

  public List<TimelineEntry> getEntries() {
    return entries;
  }

  public boolean isMore() {
    return more;
  }

  public List<FindingView> getFindingsAbout() {
    return findingsAbout;
  }

  public List<FindingView> getRaisedFrom() {
    return raisedFrom;
  }

  public String getComplaint() {
    return complaint;
  }

  public void setComplaint(String complaint) {
    this.complaint = complaint;
  }

  public String getNc() {
    return nc;
  }

  public void setNc(String nc) {
    this.nc = nc;
  }

  public Integer getAction() {
    return action;
  }

  public void setAction(Integer action) {
    this.action = action;
  }

  public boolean isCheck() {
    return check;
  }

  public void setCheck(boolean check) {
    this.check = check;
  }
}
