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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.survey.SurveyAnswer;
import org.redress.survey.SurveySummary;
import org.redress.survey.SurveyView;
import org.redress.survey.Surveys;

/**
 * Satisfaction surveys (ISO 10002 8.3): the complainant answers through the token of the
 * invitation's link, without an account; staff read the results of a period.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Satisfaction surveys")
public class SurveysResource {

  @EJB Surveys surveys;

  @GET
  @Path("public/surveys/{token}")
  @SecurityRequirements
  @Operation(
      summary = "The survey behind a link: which complaint, answered or expired (404 if unknown)")
  public SurveyView survey(@PathParam("token") String token) {
    return surveys.find(token);
  }

  @POST
  @Path("public/surveys/{token}")
  @SecurityRequirements
  @Operation(
      summary =
          "Answer the survey: overall 1-5 (required), fair, timely, clear 1-5, comment; once"
              + " (409 when already answered or expired)")
  public SurveyView answer(@PathParam("token") String token, SurveyAnswer answer) {
    return surveys.answer(token, answer);
  }

  @GET
  @Path("surveys/summary")
  @Operation(
      summary =
          "Invitations and answers of a period, from and to as days (yyyy-mm-dd, UTC, both"
              + " included; default the last 90 days), with the average scores")
  public SurveySummary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
    Instant end = QueryParameters.day(to, "to", 1);
    if (end == null) {
      end = Instant.now();
    }
    Instant start = QueryParameters.day(from, "from", 0);
    return surveys.summary(start == null ? end.minus(java.time.Duration.ofDays(90)) : start, end);
  }
}
