package org.redress.jobs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.redress.audit.AuditTrail;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.RecordNotFoundException;
import org.redress.security.Roles;

/**
 * The job console: the latest executions of every job, with their progress, and the operator's
 * moves. Everything comes from the batch job repository in the database, so every server instance
 * shows the same runs and a job stopped on one instance can be restarted on another. Starting,
 * stopping and restarting are in the audit trail.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobConsole {

  /** How many instances of each job the console lists, newest first. */
  static final int INSTANCES_PER_JOB = 20;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  /** The latest runs of every job the repository knows, newest first. */
  public List<JobExecutionView> executions(String jobName) {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobExecutionView> views = new ArrayList<>();
    for (String name : operator.getJobNames()) {
      if (jobName != null && !jobName.isBlank() && !jobName.equals(name)) {
        continue;
      }
      for (JobInstance instance : operator.getJobInstances(name, 0, INSTANCES_PER_JOB)) {
        List<JobExecution> runs = operator.getJobExecutions(instance);
        long latest = runs.stream().mapToLong(JobExecution::getExecutionId).max().orElse(-1);
        for (JobExecution run : runs) {
          views.add(view(operator, instance, run, run.getExecutionId() == latest));
        }
      }
    }
    views.sort(Comparator.comparing(JobExecutionView::executionId).reversed());
    return views;
  }

  /** The job names the repository knows (jobs that ran at least once). */
  public List<String> jobNames() {
    return BatchRuntime.getJobOperator().getJobNames().stream().sorted().toList();
  }

  public JobExecutionView execution(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution run = find(operator, executionId);
    JobInstance instance = operator.getJobInstance(executionId);
    long latest =
        operator.getJobExecutions(instance).stream()
            .mapToLong(JobExecution::getExecutionId)
            .max()
            .orElse(executionId);
    return view(operator, instance, run, latest == executionId);
  }

  /** Asks a running execution to stop at its next checkpoint. */
  public JobExecutionView stop(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution run = find(operator, executionId);
    if (!isRunning(run.getBatchStatus())) {
      throw new IllegalTransitionException(
          "Execution " + executionId + " is " + run.getBatchStatus() + ", not running");
    }
    operator.stop(executionId);
    record(run.getJobName(), executionId, "STOP");
    return execution(executionId);
  }

  /**
   * Restarts a failed or stopped execution where its last checkpoint left it, with the same
   * parameters; the new run is the instance's next execution.
   */
  public JobExecutionView restart(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution run = find(operator, executionId);
    if (run.getBatchStatus() != BatchStatus.FAILED && run.getBatchStatus() != BatchStatus.STOPPED) {
      throw new IllegalTransitionException(
          "Execution "
              + executionId
              + " is "
              + run.getBatchStatus()
              + "; only a failed or stopped run can be restarted");
    }
    long restarted = operator.restart(executionId, run.getJobParameters());
    record(run.getJobName(), restarted, "RESTART");
    return execution(restarted);
  }

  /** Starts a new instance of a job that ran before, with the parameters of its latest run. */
  public JobExecutionView runAgain(String jobName) {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobInstance> instances;
    try {
      instances = operator.getJobInstances(jobName, 0, 1);
    } catch (NoSuchJobException e) {
      throw new RecordNotFoundException("Job", jobName);
    }
    Properties parameters = new Properties();
    if (!instances.isEmpty()) {
      operator.getJobExecutions(instances.get(0)).stream()
          .max(Comparator.comparingLong(JobExecution::getExecutionId))
          .map(JobExecution::getJobParameters)
          .ifPresent(parameters::putAll);
    }
    long started = operator.start(jobName, parameters);
    record(jobName, started, "START");
    return execution(started);
  }

  private JobExecution find(JobOperator operator, long executionId) {
    try {
      return operator.getJobExecution(executionId);
    } catch (NoSuchJobExecutionException | JobSecurityException e) {
      throw new RecordNotFoundException("JobExecution", String.valueOf(executionId));
    }
  }

  private JobExecutionView view(
      JobOperator operator, JobInstance instance, JobExecution run, boolean latest) {
    List<JobExecutionView.StepView> steps = new ArrayList<>();
    long read = 0;
    long written = 0;
    long skipped = 0;
    for (StepExecution step : operator.getStepExecutions(run.getExecutionId())) {
      Map<Metric.MetricType, Long> m = metrics(step);
      long stepSkipped =
          m.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
              + m.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
              + m.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L);
      long stepRead = m.getOrDefault(Metric.MetricType.READ_COUNT, 0L);
      long stepWritten = m.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L);
      steps.add(
          new JobExecutionView.StepView(
              step.getStepName(),
              String.valueOf(step.getBatchStatus()),
              stepRead,
              stepWritten,
              stepSkipped,
              m.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L)));
      read += stepRead;
      written += stepWritten;
      skipped += stepSkipped;
    }
    Map<String, String> parameters = new TreeMap<>();
    if (run.getJobParameters() != null) {
      run.getJobParameters()
          .forEach((k, v) -> parameters.put(String.valueOf(k), String.valueOf(v)));
    }
    BatchStatus status = run.getBatchStatus();
    return new JobExecutionView(
        run.getExecutionId(),
        instance.getInstanceId(),
        run.getJobName(),
        String.valueOf(status),
        run.getExitStatus(),
        instant(run.getCreateTime()),
        instant(run.getStartTime()),
        instant(run.getEndTime()),
        read,
        written,
        skipped,
        steps,
        parameters,
        isRunning(status),
        latest && (status == BatchStatus.FAILED || status == BatchStatus.STOPPED));
  }

  private static Map<Metric.MetricType, Long> metrics(StepExecution step) {
    Map<Metric.MetricType, Long> values = new LinkedHashMap<>();
    if (step.getMetrics() != null) {
      for (Metric metric : step.getMetrics()) {
        values.put(metric.getType(), metric.getValue());
      }
    }
    return values;
  }

  private static boolean isRunning(BatchStatus status) {
    return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private void record(String jobName, long executionId, String action) {
    context.getBusinessObject(JobConsole.class).audited(jobName, executionId, action);
  }

  /** The operator's move in the audit trail, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void audited(String jobName, long executionId, String action) {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("job", jobName);
    after.put("execution", executionId);
    audit.recordChange(
        "BatchJob",
        jobName + "/" + executionId,
        action,
        context.getCallerPrincipal().getName(),
        Map.of(),
        after);
  }
}
