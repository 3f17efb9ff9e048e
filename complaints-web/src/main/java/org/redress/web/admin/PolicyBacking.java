package org.redress.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redress.complaint.Priority;
import org.redress.platform.BusinessException;
import org.redress.policy.ChangeHandlingPolicy;
import org.redress.policy.PolicyAdministration;
import org.redress.policy.PolicySettings;
import org.redress.policy.SaveCategory;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/admin/policy.xhtml}: the complaints-handling policy (acknowledgement time,
 * approval threshold, reopen window, assessment matrix) and the categories.
 */
@Named
@ViewScoped
public class PolicyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB PolicyAdministration administration;

  private BigDecimal approvalThreshold;
  private Integer reopenWindowDays;
  private boolean acknowledgeAutomatically;
  private List<MatrixRow> matrix;
  private List<PolicySettings.CategoryView> categories;

  private Integer retentionMonths;
  private String reportingCurrency;
  private String categoryCode;
  private String categoryName;
  private String categoryDescription;
  private boolean categoryActive = true;

  @PostConstruct
  void init() {
    show(administration.settings());
  }

  public void save() {
    List<PolicySettings.Cell> cells = new ArrayList<>();
    matrix.forEach(
        row -> cells.add(new PolicySettings.Cell(row.severity, row.impact, row.priority)));
    try {
      show(
          administration.change(
              new ChangeHandlingPolicy(
                  approvalThreshold,
                  reopenWindowDays,
                  cells,
                  acknowledgeAutomatically,
                  retentionMonths,
                  reportingCurrency == null ? null : reportingCurrency.strip())));
      FormErrors.info("admin.saved");
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "policy",
          Map.of(
              "approvalThreshold", "approvalThreshold",
              "retentionMonths", "retentionMonths",
              "reportingCurrency", "reportingCurrency",
              "reopenWindowDays", "reopenWindowDays"));
    }
  }

  public void saveCategory() {
    try {
      show(
          administration.saveCategory(
              new SaveCategory(categoryCode, categoryName, categoryDescription, categoryActive)));
      FormErrors.info("admin.categorySaved", categoryCode);
      categoryCode = null;
      categoryName = null;
      categoryDescription = null;
      categoryActive = true;
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "category",
          Map.of(
              "code",
              "categoryCode",
              "name",
              "categoryName",
              "description",
              "categoryDescription"));
    }
  }

  public void edit(PolicySettings.CategoryView category) {
    categoryCode = category.code();
    categoryName = category.name();
    categoryDescription = category.description();
    categoryActive = category.active();
  }

  private void show(PolicySettings settings) {
    approvalThreshold = settings.approvalThreshold();
    reopenWindowDays = settings.reopenWindowDays();
    acknowledgeAutomatically = settings.acknowledgeAutomatically();
    retentionMonths = settings.retentionMonths();
    reportingCurrency = settings.reportingCurrency();
    matrix = new ArrayList<>();
    settings
        .matrix()
        .forEach(c -> matrix.add(new MatrixRow(c.severity(), c.impact(), c.priority())));
    categories = settings.categories();
  }

  /** One editable cell of the matrix. */
  public static class MatrixRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final org.redress.complaint.Severity severity;
    private final org.redress.complaint.Impact impact;
    private Priority priority;

    MatrixRow(
        org.redress.complaint.Severity severity,
        org.redress.complaint.Impact impact,
        Priority priority) {
      this.severity = severity;
      this.impact = impact;
      this.priority = priority;
    }

    public org.redress.complaint.Severity getSeverity() {
      return severity;
    }

    public org.redress.complaint.Impact getImpact() {
      return impact;
    }

    public Priority getPriority() {
      return priority;
    }

    public void setPriority(Priority priority) {
      this.priority = priority;
    }
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public BigDecimal getApprovalThreshold() {
    return approvalThreshold;
  }

  public void setApprovalThreshold(BigDecimal approvalThreshold) {
    this.approvalThreshold = approvalThreshold;
  }

  public boolean isAcknowledgeAutomatically() {
    return acknowledgeAutomatically;
  }

  public void setAcknowledgeAutomatically(boolean acknowledgeAutomatically) {
    this.acknowledgeAutomatically = acknowledgeAutomatically;
  }

  public Integer getReopenWindowDays() {
    return reopenWindowDays;
  }

  public void setReopenWindowDays(Integer reopenWindowDays) {
    this.reopenWindowDays = reopenWindowDays;
  }

  public List<MatrixRow> getMatrix() {
    return matrix;
  }

  public List<PolicySettings.CategoryView> getCategories() {
    return categories;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public String getCategoryName() {
    return categoryName;
  }

  public void setCategoryName(String categoryName) {
    this.categoryName = categoryName;
  }

  public String getCategoryDescription() {
    return categoryDescription;
  }

  public void setCategoryDescription(String categoryDescription) {
    this.categoryDescription = categoryDescription;
  }

  public boolean isCategoryActive() {
    return categoryActive;
  }

  public void setCategoryActive(boolean categoryActive) {
    this.categoryActive = categoryActive;
  }

  public Integer getRetentionMonths() {
    return retentionMonths;
  }

  public void setRetentionMonths(Integer retentionMonths) {
    this.retentionMonths = retentionMonths;
  }

  public String getReportingCurrency() {
    return reportingCurrency;
  }

  public void setReportingCurrency(String reportingCurrency) {
    this.reportingCurrency = reportingCurrency;
  }
}
