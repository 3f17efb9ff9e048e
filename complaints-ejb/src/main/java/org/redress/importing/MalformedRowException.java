package org.redress.importing;

/**
 * A row the CSV parser cannot read (a stray quote, a line cut inside a quoted field). Skippable in
 * the import job: the row is rejected with its line and the reason, and reading goes on.
 */
public class MalformedRowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long number;
  private final long line;
  private final String text;

  public MalformedRowException(long number, long line, String text, String reason) {
    super(reason);
    this.number = number;
    this.line = line;
    this.text = text;
  }

  public long number() {
    return number;
  }

  public long line() {
    return line;
  }

  /** The row as it stands in the file. */
  public String text() {
    return text;
  }
}
