package org.redress.plugin;

import java.time.Instant;

/** A nonconformity's record in one QMS, as pages and the API show it. */
public record SyncView(
    String connector,
    SyncState state,
    String externalId,
    String externalStatus,
    Instant externalChangedAt,
    Instant lastSyncedAt,
    String lastError) {

  static SyncView of(NonconformitySync s) {
    return new SyncView(
        s.connectorId(),
        s.state(),
        s.externalId(),
        s.externalStatus(),
        s.externalChangedAt(),
        s.lastSyncedAt(),
        s.lastError());
  }
}
