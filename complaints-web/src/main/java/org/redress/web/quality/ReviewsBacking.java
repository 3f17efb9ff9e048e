package org.redress.web.quality;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.redress.platform.BusinessException;
import org.redress.review.ManagementReviews;
import org.redress.review.RequestReview;
import org.redress.review.ReviewDecisions;
import org.redress.review.ReviewView;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/quality/reviews.xhtml}: the management reviews (ISO 10002 8.6). Managers and QMS
 * admins request the report of a period and watch the job gather it; everyone who reads quality
 * records downloads it; managers and QMS admins record the review's decisions.
 */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LATEST = 20;

  @EJB ManagementReviews reviews;

  private String ref;
  private ReviewView current;
  private String fromMonth;
  private String toMonth;
  private LocalDate heldOn;
  private String attendees;
  private String processDecisions;
  private String productDecisions;
  private String resourceDecisions;
  private LocalDate nextReviewOn;

  /** Opens the review named in the address ({@code ?ref=}); proposes the last full quarter. */
  public void load() {
    YearMonth now = YearMonth.now(Clock.systemUTC().withZone(ZoneOffset.UTC));
    YearMonth quarterStart = now.withMonth((now.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
    if (fromMonth == null) {
      fromMonth = quarterStart.toString();
      toMonth = quarterStart.plusMonths(2).toString();
    }
    if (ref != null && current == null) {
      try {
        show(reviews.find(ref));
      } catch (BusinessException missing) {
        FormErrors.show(missing, "request", Map.of());
        ref = null;
      }
    }
  }

  public String request() {
    try {
      ReviewView requested = reviews.request(new RequestReview(fromMonth, toMonth));
      return "/app/quality/reviews?faces-redirect=true&ref=" + requested.reference();
    } catch (BusinessException refused) {
      FormErrors.show(refused, "request", Map.of("fromMonth", "fromMonth", "toMonth", "toMonth"));
      return null;
    }
  }

  public void decide() {
    try {
      show(
          reviews.decide(
              current.reference(),
              new ReviewDecisions(
                  heldOn,
                  attendees,
                  processDecisions,
                  productDecisions,
                  resourceDecisions,
                  nextReviewOn)));
      FormErrors.info("review.decisionsSaved");
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "decisions",
          Map.of(
              "heldOn", "heldOn",
              "attendees", "attendees",
              "processDecisions", "processDecisions",
              "productDecisions", "productDecisions",
              "resourceDecisions", "resourceDecisions",
              "nextReviewOn", "nextReviewOn"));
    }
  }

  /** Called by the page's poll while the job gathers the report. */
  public void refresh() {
    if (current != null) {
      current = reviews.find(current.reference());
    }
  }

  private void show(ReviewView view) {
    current = view;
    ref = view.reference();
    ReviewDecisions decisions = view.decisions();
    if (decisions != null) {
      heldOn = decisions.heldOn();
      attendees = decisions.attendees();
      processDecisions = decisions.processDecisions();
      productDecisions = decisions.productDecisions();
      resourceDecisions = decisions.resourceDecisions();
      nextReviewOn = decisions.nextReviewOn();
    }
  }

  public boolean isRunning() {
    return current != null && !current.finished();
  }

  public List<ReviewView> getLatest() {
    return reviews.latest(null, LATEST);
  }

  public ReviewView getCurrent() {
    return current;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public String getFromMonth() {
    return fromMonth;
  }

  public void setFromMonth(String fromMonth) {
    this.fromMonth = fromMonth;
  }

  public String getToMonth() {
    return toMonth;
  }

  public void setToMonth(String toMonth) {
    this.toMonth = toMonth;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }

  public String getProcessDecisions() {
    return processDecisions;
  }

  public void setProcessDecisions(String processDecisions) {
    this.processDecisions = processDecisions;
  }

  public String getProductDecisions() {
    return productDecisions;
  }

  public void setProductDecisions(String productDecisions) {
    this.productDecisions = productDecisions;
  }

  public String getResourceDecisions() {
    return resourceDecisions;
  }

  public void setResourceDecisions(String resourceDecisions) {
    this.resourceDecisions = resourceDecisions;
  }

  public LocalDate getNextReviewOn() {
    return nextReviewOn;
  }

  public void setNextReviewOn(LocalDate nextReviewOn) {
    this.nextReviewOn = nextReviewOn;
  }
}
