package org.redress.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.InvalidInputException;

/** A survey is answered once, before it expires, with an overall score; a low one alerts. */
class SatisfactionSurveyTest {

  private static final Instant INVITED = Instant.parse("2026-11-01T10:00:00Z");

  private static SatisfactionSurvey survey() {
    return new SatisfactionSurvey(42L, "CMP-2026-000042", "hash", "de", INVITED);
  }

  @Test
  void anAnswerIsKeptWithItsScoresAndTrimmedComment() {
    SatisfactionSurvey s = survey();
    boolean low = s.answer(new SurveyAnswer(4, 5, 3, null, "  Quick and friendly. "), INVITED);
    assertThat(low).isFalse();
    assertThat(s.isAnswered()).isTrue();
    assertThat(s.overall()).isEqualTo(4);
    assertThat(s.fair()).isEqualTo(5);
    assertThat(s.timely()).isEqualTo(3);
    assertThat(s.clear()).isNull();
    assertThat(s.comment()).isEqualTo("Quick and friendly.");
  }

  @Test
  void anOverallScoreOfTwoOrLessAlertsTheManager() {
    assertThat(survey().answer(new SurveyAnswer(2, null, null, null, null), INVITED)).isTrue();
    assertThat(survey().answer(new SurveyAnswer(1, null, null, null, null), INVITED)).isTrue();
    assertThat(survey().answer(new SurveyAnswer(3, null, null, null, null), INVITED)).isFalse();
  }

  @Test
  void aSecondAnswerIsRefusedAndTheFirstKept() {
    SatisfactionSurvey s = survey();
    s.answer(new SurveyAnswer(5, null, null, null, "Great"), INVITED);
    assertThatThrownBy(() -> s.answer(new SurveyAnswer(1, null, null, null, "No"), INVITED))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(s.overall()).isEqualTo(5);
    assertThat(s.comment()).isEqualTo("Great");
  }

  @Test
  void anExpiredLinkCannotBeAnsweredButTheLastMomentCan() {
    Instant end = INVITED.plus(SatisfactionSurvey.VALID_FOR);
    assertThatThrownBy(
            () ->
                survey()
                    .answer(
                        new SurveyAnswer(4, null, null, null, null),
                        end.plus(Duration.ofSeconds(1))))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(survey().answer(new SurveyAnswer(4, null, null, null, null), end)).isFalse();
  }

  @Test
  void theOverallScoreIsRequired() {
    SatisfactionSurvey s = survey();
    assertThatThrownBy(() -> s.answer(new SurveyAnswer(null, 4, 4, 4, "x"), INVITED))
        .isInstanceOf(InvalidInputException.class);
    assertThat(s.isAnswered()).isFalse();
  }
}
