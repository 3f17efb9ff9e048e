package org.redress.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), 30);

  @Test
  void thePauseDoublesFromTheFirstUpToTheLongest() {
    assertThat(backoff.pauseAfter(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.pauseAfter(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.pauseAfter(3)).isEqualTo(Duration.ofSeconds(20));
    assertThat(backoff.pauseAfter(7)).isEqualTo(Duration.ofSeconds(320));
    assertThat(backoff.pauseAfter(8)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.pauseAfter(29)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.pauseAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aMessageIsSetAsideAfterItsLastAttempt() {
    assertThat(backoff.exhausted(29)).isFalse();
    assertThat(backoff.exhausted(30)).isTrue();
  }

  @Test
  void theStandardBackoffGivesUpAfterAboutFourHours() {
    Duration total = Duration.ZERO;
    for (int attempt = 1; attempt < Backoff.STANDARD.maxAttempts(); attempt++) {
      total = total.plus(Backoff.STANDARD.pauseAfter(attempt));
    }
    assertThat(total).isBetween(Duration.ofHours(3), Duration.ofHours(5));
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
