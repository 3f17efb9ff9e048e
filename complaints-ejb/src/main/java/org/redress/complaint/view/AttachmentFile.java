package org.redress.complaint.view;

import java.io.Serializable;

/** A supporting file with its bytes, for download. */
public record AttachmentFile(String fileName, String contentType, byte[] content)
    implements Serializable {}
