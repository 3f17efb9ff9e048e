package org.redress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;
import org.redress.platform.RuleViolationException;

/** A review's report is gathered part by part, then its decisions are recorded. */
class ManagementReviewTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final ReviewPeriod QUARTER =
      new ReviewPeriod(YearMonth.of(2026, 7), YearMonth.of(2026, 9));

  private static ManagementReview review() {
    return new ManagementReview("MR-2026-0001", QUARTER, "en", "manager", NOW);
  }

  private static ManagementReview ready() {
    ManagementReview review = review();
    review.executing(7);
    review.rendered(NOW);
    return review;
  }

  private static ReviewDecisions decisions(LocalDate heldOn, String process, LocalDate next) {
    return new ReviewDecisions(
        heldOn, "Managing director, quality manager", process, null, null, next);
  }

  @Test
  void theProgressCountsThePartsStoredAndNeverGoesBack() {
    ManagementReview review = review();
    // KPIs, three months, then six quality parts
    assertThat(review.partsTotal()).isEqualTo(10);
    assertThat(ReviewPart.plan(QUARTER))
        .extracting(ReviewPart::kind)
        .startsWith(ReviewPartKind.KPIS, ReviewPartKind.MONTH, ReviewPartKind.MONTH)
        .endsWith(ReviewPartKind.FINDINGS);
    review.gathered(4);
    review.gathered(2); // a restarted job stores an earlier part again
    assertThat(review.partsDone()).isEqualTo(4);
    assertThat(review.status()).isEqualTo(ReviewStatus.GATHERING);
    review.gathered(10);
    assertThat(review.status()).isEqualTo(ReviewStatus.RENDERING);
    review.rendered(NOW);
    assertThat(review.status()).isEqualTo(ReviewStatus.READY);
    assertThat(review.generatedAt()).isEqualTo(NOW);
  }

  @Test
  void aReadyReportIsNotGatheredAgain() {
    ManagementReview review = ready();
    assertThatThrownBy(() -> review.executing(8))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("request a new review");
  }

  @Test
  void decisionsWaitForTheReport() {
    assertThatThrownBy(
            () ->
                review()
                    .decide(
                        decisions(LocalDate.of(2026, 10, 15), "More staff", null), "manager", NOW))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void decisionsAreRecordedTrimmed() {
    ManagementReview review = ready();
    review.decide(
        new ReviewDecisions(
            LocalDate.of(2026, 10, 15),
            "  Managing director ",
            " Shorten the response time to 10 days ",
            " ",
            "One more handler",
            LocalDate.of(2027, 4, 15)),
        "qms",
        NOW);
    ReviewDecisions recorded = review.decisions();
    assertThat(recorded.attendees()).isEqualTo("Managing director");
    assertThat(recorded.processDecisions()).isEqualTo("Shorten the response time to 10 days");
    assertThat(recorded.productDecisions()).isNull();
    assertThat(recorded.resourceDecisions()).isEqualTo("One more handler");
    assertThat(review.decidedBy()).isEqualTo("qms");
    assertThat(review.auditState()).containsEntry("heldOn", "2026-10-15");
  }

  @Test
  void aReviewDecidesSomethingAndDatesFollowEachOther() {
    ManagementReview review = ready();
    assertThatThrownBy(
            () ->
                review.decide(
                    decisions(LocalDate.of(2026, 6, 30), "  ", LocalDate.of(2026, 6, 30)),
                    "manager",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("processDecisions", "heldOn", "nextReviewOn"));
    assertThat(review.decisions()).isNull();
  }
}
