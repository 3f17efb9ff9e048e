package org.redress.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A row an import set aside: its number and line in the file, its values as they were, and why
 * (each field and what is wrong with it), for the user to download, fix and import again.
 */
@Entity
@Table(name = "IMPORT_REJECT")
@NamedQuery(
    name = "ImportReject.byRun",
    query = "SELECT r FROM ImportReject r WHERE r.runId = :runId ORDER BY r.recordNumber")
@NamedQuery(
    name = "ImportReject.countByRun",
    query = "SELECT COUNT(r) FROM ImportReject r WHERE r.runId = :runId")
@NamedQuery(
    name = "ImportReject.countByRecord",
    query =
        "SELECT COUNT(r) FROM ImportReject r WHERE r.runId = :runId"
            + " AND r.recordNumber = :recordNumber")
public class ImportReject {

  @Id
  @SequenceGenerator(
      name = "import_reject_seq",
      sequenceName = "IMPORT_REJECT_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_reject_seq")
  private Long id;

  @Column(name = "RUN_ID", nullable = false)
  private Long runId;

  @Column(name = "RECORD_NUMBER", nullable = false)
  private long recordNumber;

  @Column(name = "LINE_NUMBER", nullable = false)
  private long line;

  @Column(name = "ORIGINAL_VALUES", nullable = false, columnDefinition = "TEXT")
  private String originalValues;

  @Column(name = "REASON", nullable = false, columnDefinition = "TEXT")
  private String reason;

  protected ImportReject() {}

  ImportReject(Long runId, long recordNumber, long line, String originalValues, String reason) {
    this.runId = runId;
    this.recordNumber = recordNumber;
    this.line = line;
    this.originalValues = originalValues;
    this.reason = reason;
  }

  public long recordNumber() {
    return recordNumber;
  }

  public long line() {
    return line;
  }

  public String originalValues() {
    return originalValues;
  }

  public String reason() {
    return reason;
  }
}
