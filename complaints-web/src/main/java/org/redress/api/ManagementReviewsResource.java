package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.review.ManagementReviews;
import org.redress.review.RequestReview;
import org.redress.review.ReviewDecisions;
import org.redress.review.ReviewFile;
import org.redress.review.ReviewFormat;
import org.redress.review.ReviewView;

/**
 * Management reviews (ISO 10002 8.6): request the report of a span of months, follow the job that
 * gathers it, download it as PDF or CSV, and record the review's decisions.
 */
@Path("management-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Management reviews")
public class ManagementReviewsResource {

  @EJB ManagementReviews reviews;

  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "The latest reviews, newest first; before = a reference for the next page")
  public List<ReviewView> list(
      @QueryParam("before") String before, @QueryParam("limit") String limit) {
    return reviews.latest(before, QueryParameters.integer(limit, "limit", 20));
  }

  @POST
  @Operation(
      summary = "Request the report of a period of whole months (fromMonth, toMonth: yyyy-MM)",
      description =
          "Answers 202 with the review: the management-review job gathers and renders the report;"
              + " poll the review until ready is true, then download report.pdf or report.csv.")
  public Response request(RequestReview input) {
    ReviewView review = reviews.request(input);
    return Response.accepted(review)
        .location(uriInfo.getAbsolutePathBuilder().path(review.reference()).build())
        .build();
  }

  @GET
  @Path("{reference}")
  @Operation(summary = "A review: status, progress, decisions")
  public ReviewView find(@PathParam("reference") String reference) {
    return reviews.find(reference);
  }

  @PUT
  @Path("{reference}/decisions")
  @Operation(
      summary = "Record the review's decisions; the report is rendered again with them",
      description =
          "heldOn and attendees are required, and at least one of processDecisions,"
              + " productDecisions and resourceDecisions; nextReviewOn is optional.")
  public ReviewView decide(@PathParam("reference") String reference, ReviewDecisions decisions) {
    return reviews.decide(reference, decisions);
  }

  @GET
  @Path("{reference}/report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The report as PDF")
  public Response pdf(@PathParam("reference") String reference) {
    return download(reviews.file(reference, ReviewFormat.PDF));
  }

  @GET
  @Path("{reference}/report.csv")
  @Produces("text/csv")
  @Operation(summary = "The report's figures as CSV, one a row")
  public Response csv(@PathParam("reference") String reference) {
    return download(reviews.file(reference, ReviewFormat.CSV));
  }

  private static Response download(ReviewFile file) {
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }
}
