package org.redress.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.redress.complaint.Channel;

/**
 * One bulk import of complaints from a CSV file: the file's name, size and checksum, its header and
 * delimiter, the column mapping the user chose, the source system its external ids belong to, the
 * batch job execution that imports it, and how many rows it imported, found imported before or
 * rejected so far. The counts change in the job's chunk transactions, so after a stop and a restart
 * they still count every row exactly once.
 */
@Entity
@Table(name = "IMPORT_RUN")
@NamedQuery(name = "ImportRun.latest", query = "SELECT r FROM ImportRun r ORDER BY r.id DESC")
public class ImportRun {

  @Id
  @SequenceGenerator(name = "import_run_seq", sequenceName = "IMPORT_RUN_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
  private Long id;

  @Column(name = "FILE_NAME", nullable = false, length = 255)
  private String fileName;

  @Column(name = "SIZE_BYTES", nullable = false)
  private long size;

  @Column(name = "SHA256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "DELIMITER_CHAR", nullable = false, length = 1)
  private String delimiter;

  @Column(name = "HEADER", nullable = false, columnDefinition = "TEXT")
  private String header;

  @Column(name = "SOURCE_NAME", nullable = false, length = 100)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(name = "DEFAULT_CHANNEL", nullable = false, length = 20)
  private Channel defaultChannel;

  @Column(name = "MAPPING", columnDefinition = "TEXT")
  private String mapping;

  @Column(name = "EXECUTION_ID")
  private Long executionId;

  @Column(name = "TOTAL_ROWS", nullable = false)
  private long totalRows;

  @Column(name = "ROWS_READ", nullable = false)
  private long rowsRead;

  @Column(name = "IMPORTED", nullable = false)
  private long imported;

  @Column(name = "ALREADY_THERE", nullable = false)
  private long alreadyThere;

  @Column(name = "REJECTED", nullable = false)
  private long rejected;

  @Column(name = "UPLOADED_BY", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "UPLOADED_AT", nullable = false)
  private Instant uploadedAt;

  @Column(name = "STARTED_AT")
  private Instant startedAt;

  @Version
  @Column(name = "VERSION", nullable = false)
  private long version;

  protected ImportRun() {}

  ImportRun(
      String fileName,
      long size,
      String sha256,
      char delimiter,
      List<String> header,
      long totalRows,
      ColumnMapping suggested,
      String uploadedBy,
      Instant uploadedAt) {
    this.fileName = fileName;
    this.size = size;
    this.sha256 = sha256;
    this.delimiter = String.valueOf(delimiter);
    this.header = ImportRows.toCsv(header);
    this.totalRows = totalRows;
    this.source = "csv";
    this.defaultChannel = Channel.OTHER;
    this.mapping = suggested.stored();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /** The user's choice of columns, source and default channel; only before the job starts. */
  void map(
      ColumnMapping chosen,
      String source,
      Channel defaultChannel,
      char delimiter,
      List<String> header,
      long totalRows) {
    this.mapping = chosen.stored();
    this.source = source;
    this.defaultChannel = defaultChannel;
    this.delimiter = String.valueOf(delimiter);
    this.header = ImportRows.toCsv(header);
    this.totalRows = totalRows;
  }

  /** Claims the run for one start; false when it was started already. */
  boolean claim(Instant at) {
    if (startedAt != null) {
      return false;
    }
    startedAt = at;
    return true;
  }

  void release() {
    if (executionId == null) {
      startedAt = null;
    }
  }

  /**
   * The job execution that imports the run now: the first one, then each restart's. Setting the
   * same one again changes nothing, so that it does not touch the version a running chunk holds.
   */
  void follow(long executionId) {
    if (this.executionId == null || this.executionId != executionId) {
      this.executionId = executionId;
    }
  }

  void count(long read, long imported, long alreadyThere, long rejected) {
    this.rowsRead += read;
    this.imported += imported;
    this.alreadyThere += alreadyThere;
    this.rejected += rejected;
  }

  public Long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public char delimiter() {
    return delimiter.charAt(0);
  }

  public List<String> header() {
    return ImportRows.fromCsv(header);
  }

  public String source() {
    return source;
  }

  public Channel defaultChannel() {
    return defaultChannel;
  }

  public ColumnMapping mapping() {
    return ColumnMapping.fromStored(mapping);
  }

  public Long executionId() {
    return executionId;
  }

  /** Data rows in the file (records after the header, blank lines left out). */
  public long totalRows() {
    return totalRows;
  }

  public long rowsRead() {
    return rowsRead;
  }

  public long imported() {
    return imported;
  }

  public long alreadyThere() {
    return alreadyThere;
  }

  public long rejected() {
    return rejected;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public Instant startedAt() {
    return startedAt;
  }
}
