package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.jobs.JobConsole;
import org.redress.jobs.JobExecutionView;

/** The job console (administrators): batch job executions, stop, restart, run again. */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Jobs")
public class JobsResource {

  @EJB JobConsole console;

  @GET
  @Operation(summary = "The latest executions of every job (or of one, ?job=), newest first")
  public List<JobExecutionView> executions(@QueryParam("job") String job) {
    return console.executions(job);
  }

  @GET
  @Path("executions/{id}")
  @Operation(summary = "One execution with its steps, counts and parameters")
  public JobExecutionView execution(@PathParam("id") long id) {
    return console.execution(id);
  }

  @POST
  @Path("executions/{id}/stop")
  @Operation(
      summary = "Ask a running execution to stop at its next checkpoint (409 if not running)")
  public JobExecutionView stop(@PathParam("id") long id) {
    return console.stop(id);
  }

  @POST
  @Path("executions/{id}/restart")
  @Operation(
      summary = "Restart a failed or stopped execution from its last checkpoint (409 otherwise)")
  public JobExecutionView restart(@PathParam("id") long id) {
    return console.restart(id);
  }

  @POST
  @Path("{job}/start")
  @Operation(summary = "Start a job that ran before again, with its latest run's parameters")
  public JobExecutionView runAgain(@PathParam("job") String job) {
    return console.runAgain(job);
  }
}
