package org.redress.jobs;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of a job as the console shows it.
 *
 * @param read items read by all its steps
 * @param written items written
 * @param skipped items skipped (read, process and write skips together)
 * @param parameters the job parameters it was started with
 * @param canStop whether it is running and can be asked to stop
 * @param canRestart whether it failed or was stopped and is the latest run of its instance
 */
public record JobExecutionView(
    long executionId,
    long instanceId,
    String jobName,
    String status,
    String exitStatus,
    Instant createdAt,
    Instant startedAt,
    Instant endedAt,
    long read,
    long written,
    long skipped,
    List<StepView> steps,
    Map<String, String> parameters,
    boolean canStop,
    boolean canRestart)
    implements Serializable {

  /** One step of the run. */
  public record StepView(
      String name, String status, long read, long written, long skipped, long commits)
      implements Serializable {}
}
