package org.redress.platform;

/** The record asked for does not exist (or is not visible to the caller). */
public class RecordNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String recordType, String key) {
    super(recordType + " " + key + " does not exist");
  }
}
