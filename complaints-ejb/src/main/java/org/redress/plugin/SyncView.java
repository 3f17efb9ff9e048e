package org.redress.plugin;

import java.time.Instant;

/**
 * A nonconformity's record in one QMS, as pages and the API show it.
 *
 * @param changePending whether a newer state of the nonconformity is still on its way there
 */
public record SyncView(
    String connector,
    SyncState state,
    String externalId,
    String externalStatus,
    Instant externalChangedAt,
    Instant lastSyncedAt,
    String lastError,
    boolean changePending) {

  static SyncView of(NonconformitySync s, boolean changePending) {
    return new SyncView(
        s.connectorId(),
        s.state(),
        s.externalId(),
        s.externalStatus(),
        s.externalChangedAt(),
        s.lastSyncedAt(),
        s.lastError(),
        changePending);
  }
}
