package org.redress.review;

/** The files a management review's report is rendered as. */
public enum ReviewFormat {
  PDF("pdf", "application/pdf"),
  CSV("csv", "text/csv; charset=UTF-8");

  private final String extension;
  private final String mediaType;

  ReviewFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }
}
