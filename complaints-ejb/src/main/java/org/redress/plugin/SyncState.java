package org.redress.plugin;

/** Whether a nonconformity in Redress and its record in a QMS agree. */
public enum SyncState {
  /** Not pushed successfully yet. */
  PENDING,
  /** The QMS has the latest state. */
  SYNCED,
  /** The last push failed; it is tried again. */
  RETRYING,
  /** The QMS refused the push, or it failed too often: waits for the administrator's retry. */
  FAILED
}
