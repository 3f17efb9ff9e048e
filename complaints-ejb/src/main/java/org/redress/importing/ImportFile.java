package org.redress.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The uploaded file of an import, byte for byte, kept in the database so that any server instance
 * can run or restart the job and the import can be checked against its source later.
 */
@Entity
@Table(name = "IMPORT_FILE")
public class ImportFile {

  @Id
  @Column(name = "RUN_ID")
  private Long runId;

  @Column(name = "CONTENT", nullable = false)
  private byte[] content;

  protected ImportFile() {}

  ImportFile(Long runId, byte[] content) {
    this.runId = runId;
    this.content = content;
  }

  byte[] content() {
    return content;
  }
}
