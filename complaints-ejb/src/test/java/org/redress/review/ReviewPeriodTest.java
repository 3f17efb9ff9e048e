package org.redress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;

/** A review covers whole months up to the current one, at most two years, in UTC. */
class ReviewPeriodTest {

  private static final YearMonth NOW = YearMonth.of(2026, 11);

  @Test
  void aHalfYearHasSixMonthsAndThePreviousHalfYearBeforeIt() {
    ReviewPeriod period = ReviewPeriod.of("2026-01", "2026-06", NOW);
    assertThat(period.length()).isEqualTo(6);
    assertThat(period.months()).first().isEqualTo(YearMonth.of(2026, 1));
    assertThat(period.months()).last().isEqualTo(YearMonth.of(2026, 6));
    assertThat(period.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(period.end()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
    assertThat(period.previous())
        .isEqualTo(new ReviewPeriod(YearMonth.of(2025, 7), YearMonth.of(2025, 12)));
    assertThat(period.label()).isEqualTo("2026-01 – 2026-06");
  }

  @Test
  void theCurrentMonthAloneIsAPeriod() {
    ReviewPeriod period = ReviewPeriod.of(" 2026-11 ", "2026-11", NOW);
    assertThat(period.months()).containsExactly(NOW);
    assertThat(period.label()).isEqualTo("2026-11");
    assertThat(period.previous().months()).containsExactly(YearMonth.of(2026, 10));
  }

  @Test
  void eachBrokenFieldIsNamed() {
    assertThatThrownBy(() -> ReviewPeriod.of("", "June", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("fromMonth", "toMonth"));
  }

  @Test
  void futureMonthsReversedPeriodsAndOverlongOnesAreRefused() {
    assertThatThrownBy(() -> ReviewPeriod.of("2026-10", "2026-12", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("toMonth"));
    assertThatThrownBy(() -> ReviewPeriod.of("2026-06", "2026-01", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).message()).contains("before the first month"));
    assertThat(ReviewPeriod.of("2024-12", "2026-11", NOW).length()).isEqualTo(24);
    assertThatThrownBy(() -> ReviewPeriod.of("2024-11", "2026-11", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).message()).contains("at most 24 months"));
  }
}
