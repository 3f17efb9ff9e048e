package org.redress.platform;

/** Someone else changed the record since it was read; the caller should reload and retry. */
public class StaleRecordException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public StaleRecordException(String message) {
    super(message);
  }
}
