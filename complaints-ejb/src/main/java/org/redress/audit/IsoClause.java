package org.redress.audit;

/**
 * The clauses an auditor checks the records against: ISO 10002:2018 for the complaints-handling
 * process and ISO 9001:2015 for nonconformities, corrective actions and internal audits. Which
 * records give evidence of which clause is decided in one place, {@link AuditClauses}.
 */
public enum IsoClause {
  ISO10002_6_3("ISO 10002", "6.3", "Activities: the process, its time limits and categories"),
  ISO10002_7_2("ISO 10002", "7.2", "Receipt of complaint"),
  ISO10002_7_3("ISO 10002", "7.3", "Tracking of complaint"),
  ISO10002_7_4("ISO 10002", "7.4", "Acknowledgement of complaint"),
  ISO10002_7_5("ISO 10002", "7.5", "Initial assessment of complaint"),
  ISO10002_7_6("ISO 10002", "7.6", "Investigation of complaint"),
  ISO10002_7_7("ISO 10002", "7.7", "Response to complaint"),
  ISO10002_7_8("ISO 10002", "7.8", "Communicating the decision"),
  ISO10002_7_9("ISO 10002", "7.9", "Closing the complaint"),
  ISO10002_8_2("ISO 10002", "8.2", "Analysis and evaluation of complaints"),
  ISO10002_8_4("ISO 10002", "8.4", "Monitoring of the complaints-handling process"),
  ISO10002_8_5("ISO 10002", "8.5", "Audit of the complaints-handling process"),
  ISO10002_8_6("ISO 10002", "8.6", "Management review of the complaints-handling process"),
  ISO9001_9_2("ISO 9001", "9.2", "Internal audit"),
  ISO9001_10_2_1A("ISO 9001", "10.2.1 a", "React to the nonconformity: correct, contain"),
  ISO9001_10_2_1B("ISO 9001", "10.2.1 b", "Evaluate the need for action: root cause"),
  ISO9001_10_2_1C("ISO 9001", "10.2.1 c", "Implement the action needed"),
  ISO9001_10_2_1D("ISO 9001", "10.2.1 d", "Review the effectiveness of the action"),
  ISO9001_10_2_2("ISO 9001", "10.2.2", "Retain documented information");

  private final String standard;
  private final String number;
  private final String title;

  IsoClause(String standard, String number, String title) {
    this.standard = standard;
    this.number = number;
    this.title = title;
  }

  /** {@code ISO 10002} or {@code ISO 9001}. */
  public String standard() {
    return standard;
  }

  /** The clause number as the standard prints it, e.g. {@code 7.4} or {@code 10.2.1 d}. */
  public String number() {
    return number;
  }

  /** The clause's title in English (pages show it from their own bundle). */
  public String title() {
    return title;
  }

  /** {@code ISO 10002 7.4}: how reports and exports name the clause. */
  public String label() {
    return standard + " " + number;
  }
}
