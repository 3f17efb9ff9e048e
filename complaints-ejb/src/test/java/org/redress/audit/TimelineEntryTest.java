package org.redress.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redress.platform.InvalidInputException;

class TimelineEntryTest {

  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

  @Test
  void showsEachChangedFieldBeforeAndAfter() {
    TimelineEntry entry =
        TimelineEntry.of(
            7,
            AT,
            "handler",
            "Complaint",
            "CMP-2026-000001",
            "ACKNOWLEDGE",
            "{\"status\":{\"from\":\"RECEIVED\",\"to\":\"ACKNOWLEDGED\"},"
                + "\"reopenCount\":{\"from\":null,\"to\":0}}",
            3L);
    assertThat(entry.changes())
        .containsExactly(
            new FieldChange("status", "RECEIVED", "ACKNOWLEDGED"),
            new FieldChange("reopenCount", null, "0"));
    assertThat(entry.changesText())
        .isEqualTo("status: RECEIVED → ACKNOWLEDGED; reopenCount: – → 0");
    assertThat(entry.process()).isEqualTo(AuditProcess.COMPLAINT_HANDLING);
    assertThat(entry.clausesText()).isEqualTo("ISO 10002 7.4");
    assertThat(entry.actionNumbers()).isEmpty();
    assertThat(entry.effectivenessCheck()).isFalse();
  }

  @Test
  void namesTheCorrectiveActionsAndTheCheckANonconformityWriteConcerns() {
    TimelineEntry planned =
        TimelineEntry.of(
            8,
            AT,
            "qms",
            "Nonconformity",
            "NC-2026-00001",
            "PLAN_ACTION",
            "{\"actions\":{\"from\":1,\"to\":2},\"action.2\":{\"from\":null,\"to\":\"PLANNED\"}}",
            null);
    assertThat(planned.actionNumbers()).containsExactly(2);
    assertThat(planned.effectivenessCheck()).isFalse();

    TimelineEntry verified =
        TimelineEntry.of(
            9,
            AT,
            "manager",
            "Nonconformity",
            "NC-2026-00001",
            "RECORD_EFFECTIVENESS",
            "{\"action.1\":{\"from\":\"IMPLEMENTED\",\"to\":\"CLOSED\"},"
                + "\"action.2\":{\"from\":\"IMPLEMENTED\",\"to\":\"CLOSED\"},"
                + "\"checkPassed\":{\"from\":null,\"to\":\"true\"}}",
            null);
    assertThat(verified.actionNumbers()).containsExactly(1, 2);
    assertThat(verified.effectivenessCheck()).isTrue();
    assertThat(verified.clauses()).containsExactly(IsoClause.ISO9001_10_2_1D);
  }

  @Test
  void keepsTextThatIsNotJsonAsItIs() {
    TimelineEntry odd =
        TimelineEntry.of(1, AT, "x", "Category", "OTHER", "CHANGE", "not json", null);
    assertThat(odd.changes()).containsExactly(new FieldChange("changes", null, "not json"));
    assertThat(TimelineEntry.of(2, AT, "x", "Category", "OTHER", "CHANGE", null, null).changes())
        .isEmpty();
  }

  @Test
  void theCursorSurvivesTheRoundTripAndRefusesGarbage() {
    TimelineCursor cursor = new TimelineCursor(AT, 4711);
    assertThat(TimelineCursor.decode(cursor.encode(), "cursor")).isEqualTo(cursor);
    assertThat(TimelineCursor.decode(" ", "cursor")).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TimelineCursor.decode("bm9wZQ", "cursor"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("cursor:");
  }
}
