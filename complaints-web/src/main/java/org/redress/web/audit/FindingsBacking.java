package org.redress.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.redress.audit.IsoClause;
import org.redress.audit.finding.AuditFindings;
import org.redress.audit.finding.FindingSeverity;
import org.redress.audit.finding.FindingView;
import org.redress.audit.finding.RecordFinding;
import org.redress.platform.BusinessException;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/audit/findings.xhtml}: the findings, recording one (from a sample or a record,
 * the page comes with them filled in), and raising a nonconformity from a finding.
 */
@Named
@ViewScoped
public class FindingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AuditFindings findings;

  private List<FindingView> items = List.of();
  private String title;
  private String description;
  private IsoClause clause;
  private FindingSeverity severity;
  private String sample;
  private String recordType;
  private String recordKey;

  public void load() {
    items = findings.list(null, null, null, null, 200);
  }

  public String record() {
    try {
      FindingView recorded =
          findings.record(
              new RecordFinding(
                  title, description, clause, severity, sample, recordType, recordKey));
      return "/app/audit/findings?faces-redirect=true&saved=true&recorded=" + recorded.reference();
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "record",
          Map.of(
              "title", "title",
              "description", "description",
              "clause", "clause",
              "severity", "severity",
              "sample", "sample",
              "recordType", "recordType",
              "recordKey", "recordKey"));
      return null;
    }
  }

  public String raise(String reference) {
    try {
      FindingView raised = findings.raiseNonconformity(reference);
      return "/app/audit/record?faces-redirect=true&nc=" + raised.nonconformity();
    } catch (BusinessException refused) {
      FormErrors.show(refused, "list", Map.of());
      return null;
    }
  }

  public IsoClause[] getClauses() {
    return IsoClause.values();
  }

  public FindingSeverity[] getSeverities() {
    return FindingSeverity.values();
  }

  public List<String> getRecordTypes() {
    return List.of("Complaint", "Nonconformity", "HandlingPolicy", "Category");
  }

  public List<FindingView> getItems() {
    return items;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public IsoClause getClause() {
    return clause;
  }

  public void setClause(IsoClause clause) {
    this.clause = clause;
  }

  public FindingSeverity getSeverity() {
    return severity;
  }

  public void setSeverity(FindingSeverity severity) {
    this.severity = severity;
  }

  public String getSample() {
    return sample;
  }

  public void setSample(String sample) {
    this.sample = sample;
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
}
