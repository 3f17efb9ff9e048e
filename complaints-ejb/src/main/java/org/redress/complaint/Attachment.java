package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A supporting file of a complaint (ISO 10002 7.2): a photo of the damage, an invoice, a letter.
 * The record holds what a list shows; the bytes live in {@link AttachmentContent} and are read only
 * on download. The SHA-256 lets an auditor check that a file is the one received.
 */
@Entity
@Table(name = "ATTACHMENT")
@NamedQuery(
    name = "Attachment.findByComplaint",
    query = "SELECT a FROM Attachment a WHERE a.complaintId = :complaintId ORDER BY a.id")
@NamedQuery(
    name = "Attachment.countByComplaint",
    query = "SELECT COUNT(a) FROM Attachment a WHERE a.complaintId = :complaintId")
public class Attachment {

  @Id
  @SequenceGenerator(name = "attachment_seq", sequenceName = "ATTACHMENT_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  private Long id;

  @Column(name = "COMPLAINT_ID", nullable = false)
  private Long complaintId;

  @Column(name = "FILE_NAME", nullable = false, length = 255)
  private String fileName;

  @Column(name = "CONTENT_TYPE", nullable = false, length = 100)
  private String contentType;

  @Column(name = "SIZE_BYTES", nullable = false)
  private long size;

  @Column(name = "SHA256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "UPLOADED_BY", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "UPLOADED_AT", nullable = false)
  private Instant uploadedAt;

  protected Attachment() {}

  Attachment(
      Long complaintId,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.complaintId = complaintId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long id() {
    return id;
  }

  public Long complaintId() {
    return complaintId;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
