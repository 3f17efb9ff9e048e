package org.redress.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.redress.jobs.JobConsole;
import org.redress.jobs.JobExecutionView;
import org.redress.platform.BusinessException;
import org.redress.web.FormErrors;

/** Backs {@code app/admin/jobs.xhtml}: the batch job executions and the operator's moves. */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient JobConsole console;

  private String job;
  private List<JobExecutionView> executions;
  private List<String> jobNames;

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    jobNames = console.jobNames();
    executions = console.executions(job);
  }

  public void stop(JobExecutionView execution) {
    act(() -> console.stop(execution.executionId()), "jobs.stopRequested", execution.jobName());
  }

  public void restart(JobExecutionView execution) {
    act(() -> console.restart(execution.executionId()), "jobs.restarted", execution.jobName());
  }

  public void runAgain(String name) {
    act(() -> console.runAgain(name), "jobs.started.info", name);
  }

  private void act(Runnable move, String done, String name) {
    try {
      move.run();
      FormErrors.info(done, name);
    } catch (BusinessException refused) {
      FormErrors.show(refused, "jobs", Map.of());
    }
    refresh();
  }

  /** The share of items done in a step, for the progress bar; -1 when the step reads nothing. */
  public int percent(JobExecutionView execution) {
    long total = execution.read() + execution.skipped();
    if (total == 0) {
      return "COMPLETED".equals(execution.status()) ? 100 : 0;
    }
    return (int) Math.min(100, (execution.written() + execution.skipped()) * 100 / total);
  }

  public String getJob() {
    return job;
  }

  public void setJob(String job) {
    this.job = job;
  }

  public List<JobExecutionView> getExecutions() {
    return executions;
  }

  public List<String> getJobNames() {
    return jobNames;
  }
}
