package org.redress.policy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.redress.complaint.Impact;
import org.redress.complaint.Priority;
import org.redress.complaint.Severity;

/**
 * The complaints-handling policy as the administration page shows and edits it.
 *
 * @param matrix every severity and impact with the priority it gives
 * @param retentionMonths how many months after closing a case keeps its personal data
 * @param reportingCurrency the currency the KPI "remedy cost" adds up
 * @param acknowledgeAutomatically whether complaints from the public form are acknowledged by mail
 *     on receipt
 */
public record PolicySettings(
    BigDecimal approvalThreshold,
    int reopenWindowDays,
    List<Cell> matrix,
    List<CategoryView> categories,
    boolean acknowledgeAutomatically,
    int retentionMonths,
    String reportingCurrency)
    implements Serializable {

  /** One cell of the assessment matrix. */
  public record Cell(Severity severity, Impact impact, Priority priority) implements Serializable {}

  /** A category of the taxonomy. */
  public record CategoryView(String code, String name, String description, boolean active)
      implements Serializable {}
}
