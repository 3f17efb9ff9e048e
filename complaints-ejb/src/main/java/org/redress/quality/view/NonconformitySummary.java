package org.redress.quality.view;

import java.io.Serializable;
import java.time.Instant;
import org.redress.quality.NonconformitySeverity;
import org.redress.quality.NonconformitySource;
import org.redress.quality.NonconformityStatus;

/** One row of the nonconformity list. */
public record NonconformitySummary(
    String reference,
    String title,
    NonconformitySource source,
    NonconformitySeverity severity,
    NonconformityStatus status,
    Instant raisedAt,
    long openActions,
    long overdueActions)
    implements Serializable {}
