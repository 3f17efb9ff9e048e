package org.redress.web.quality;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.redress.platform.BusinessException;
import org.redress.quality.Nonconformities;
import org.redress.quality.NonconformitySeverity;
import org.redress.quality.NonconformitySource;
import org.redress.quality.NonconformityStatus;
import org.redress.quality.command.RaiseNonconformity;
import org.redress.quality.view.NonconformityDetails;
import org.redress.quality.view.NonconformitySummary;
import org.redress.web.FormErrors;

/** Backs {@code app/quality/nonconformities.xhtml}: the list, and raising a nonconformity. */
@Named
@ViewScoped
public class NonconformitiesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Nonconformities nonconformities;

  private NonconformityStatus status;
  private List<NonconformitySummary> items = List.of();
  private NonconformitySource source;
  private NonconformitySeverity severity;
  private String title;
  private String description;
  private String containment;
  private String complaints;
  private boolean prefilled;

  @PostConstruct
  void init() {
    search();
  }

  public void search() {
    items = nonconformities.list(status, null, 200);
  }

  /**
   * Complaints chosen in the inbox arrive as a parameter: the form opens with them and with the
   * source "complaint", ready for the title and severity.
   */
  public void prefill() {
    if (complaints != null && !complaints.isBlank() && source == null) {
      source = NonconformitySource.COMPLAINT;
      prefilled = true;
    }
  }

  public boolean isPrefilled() {
    return prefilled;
  }

  public String raise() {
    try {
      List<String> named =
          complaints == null
              ? List.of()
              : Arrays.stream(complaints.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
      NonconformityDetails raised =
          nonconformities.raise(
              new RaiseNonconformity(source, severity, title, description, containment, named));
      return "/app/quality/nonconformity?faces-redirect=true&saved=true&ref=" + raised.reference();
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "raise",
          Map.of(
              "source", "source",
              "severity", "severity",
              "title", "title",
              "description", "description",
              "containment", "containment",
              "complaints", "complaints"));
      return null;
    }
  }

  public NonconformityStatus[] getStatuses() {
    return NonconformityStatus.values();
  }

  public NonconformitySource[] getSources() {
    return NonconformitySource.values();
  }

  public NonconformitySeverity[] getSeverities() {
    return NonconformitySeverity.values();
  }

  public List<NonconformitySummary> getItems() {
    return items;
  }

  public NonconformityStatus getStatus() {
    return status;
  }

  public void setStatus(NonconformityStatus status) {
    this.status = status;
  }

  public NonconformitySource getSource() {
    return source;
  }

  public void setSource(NonconformitySource source) {
    this.source = source;
  }

  public NonconformitySeverity getSeverity() {
    return severity;
  }

  public void setSeverity(NonconformitySeverity severity) {
    this.severity = severity;
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

  public String getContainment() {
    return containment;
  }

  public void setContainment(String containment) {
    this.containment = containment;
  }

  public String getComplaints() {
    return complaints;
  }

  public void setComplaints(String complaints) {
    this.complaints = complaints;
  }
}
