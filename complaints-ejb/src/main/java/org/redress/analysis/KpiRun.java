package org.redress.analysis;

import java.io.Serializable;
import java.time.Instant;

/**
 * One execution of the KPI job as Jakarta Batch records it.
 *
 * @param status the batch status: STARTING, STARTED, COMPLETED, FAILED, STOPPED...
 */
public record KpiRun(
    long executionId, String status, String exitStatus, Instant startedAt, Instant endedAt)
    implements Serializable {}
