package org.redress.complaint;

import java.util.Locale;
import java.util.Map;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;

/**
 * Which files a complaint may carry: common document and image types up to {@value #MAX_BYTES}
 * bytes each, at most {@value #MAX_FILES} per complaint. The type is decided by the file name's
 * extension, so a renamed executable is not accepted as a PDF by its declared type.
 */
public final class AttachmentPolicy {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int MAX_FILES = 20;

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("txt", "text/plain"),
          Map.entry("csv", "text/csv"),
          Map.entry("eml", "message/rfc822"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"));

  private AttachmentPolicy() {}

  /** The accepted extensions, for the upload field's hint. */
  public static String acceptedExtensions() {
    return TYPES.keySet().stream()
        .sorted()
        .map(e -> "." + e)
        .reduce((a, b) -> a + "," + b)
        .orElse("");
  }

  /** Checks a file and answers the content type it will be served with. */
  public static String check(String fileName, long size, long filesAlready) {
    if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
      throw new InvalidInputException("file", Messages.text("file.name"));
    }
    if (size <= 0) {
      throw new InvalidInputException("file", Messages.text("file.empty"));
    }
    if (size > MAX_BYTES) {
      throw new InvalidInputException(
          "file", Messages.text("file.tooLarge", MAX_BYTES / (1024 * 1024)));
    }
    if (filesAlready >= MAX_FILES) {
      throw new InvalidInputException("file", Messages.text("file.tooMany", MAX_FILES));
    }
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(extension);
    if (type == null) {
      throw new InvalidInputException("file", Messages.text("file.type", acceptedExtensions()));
    }
    return type;
  }
}
