package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an {@link Attachment}, stored apart so that lists never load them. */
@Entity
@Table(name = "ATTACHMENT_CONTENT")
public class AttachmentContent {

  @Id
  @Column(name = "ATTACHMENT_ID")
  private Long attachmentId;

  @Column(name = "CONTENT", nullable = false)
  private byte[] content;

  protected AttachmentContent() {}

  AttachmentContent(Long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content;
  }

  byte[] content() {
    return content;
  }
}
