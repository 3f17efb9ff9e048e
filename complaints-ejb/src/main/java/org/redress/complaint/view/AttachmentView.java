package org.redress.complaint.view;

import java.io.Serializable;
import java.time.Instant;
import org.redress.complaint.Attachment;

/** A supporting file as lists show it. */
public record AttachmentView(
    long id,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt)
    implements Serializable {

  public static AttachmentView of(Attachment a) {
    return new AttachmentView(
        a.id(),
        a.fileName(),
        a.contentType(),
        a.size(),
        a.sha256(),
        a.uploadedBy(),
        a.uploadedAt());
  }
}
