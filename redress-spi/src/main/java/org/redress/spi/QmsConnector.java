package org.redress.spi;

import java.util.Optional;

/**
 * The organisation's own QMS, where nonconformities and their corrective actions are also kept.
 * Redress pushes a nonconformity, with its actions, each time it changes, and pulls its status
 * back. Both calls may be repeated (after a timeout, on another server instance): a push of the
 * same nonconformity must update the record it created the first time, never create a second one.
 */
public interface QmsConnector {

  /**
   * Creates the nonconformity in the QMS when {@code externalId} is {@code null}, or updates the
   * record with that id.
   *
   * @return the QMS's id of the record, kept by Redress and handed back on the next push
   */
  String push(QmsNonconformity nonconformity, String externalId) throws ConnectorException;

  /** The record's status in the QMS, or empty when the QMS no longer has it. */
  Optional<QmsStatus> pullStatus(String externalId) throws ConnectorException;
}
