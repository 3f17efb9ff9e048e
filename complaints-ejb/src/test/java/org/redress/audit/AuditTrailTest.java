package org.redress.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.Priority;

/** The difference the audit trail stores for a change: only what changed, from and to. */
class AuditTrailTest {

  @Test
  void onlyTheChangedFieldsAreListedWithTheirOldAndNewValues() {
    Map<String, Object> before = state(ComplaintStatus.RECEIVED, null, 0);
    Map<String, Object> after = state(ComplaintStatus.ACKNOWLEDGED, null, 0);

    String difference = AuditTrail.difference(before, after);

    assertThat(difference)
        .isEqualTo("{\"status\":{\"from\":\"RECEIVED\",\"to\":\"ACKNOWLEDGED\"}}");
  }

  @Test
  void aValueThatAppearsOrDisappearsIsShownAgainstJsonNull() {
    JsonObject assigned =
        parse(
            AuditTrail.difference(
                state(ComplaintStatus.ASSESSED, null, 0),
                state(ComplaintStatus.ASSESSED, "hugo", 0)));
    JsonObject unassigned =
        parse(
            AuditTrail.difference(
                state(ComplaintStatus.ASSESSED, "hugo", 0),
                state(ComplaintStatus.ASSESSED, null, 0)));

    assertThat(assigned.keySet()).containsExactly("assignee");
    assertThat(assigned.getJsonObject("assignee").get("from")).isEqualTo(JsonValue.NULL);
    assertThat(assigned.getJsonObject("assignee").getString("to")).isEqualTo("hugo");
    assertThat(unassigned.getJsonObject("assignee").getString("from")).isEqualTo("hugo");
    assertThat(unassigned.getJsonObject("assignee").get("to")).isEqualTo(JsonValue.NULL);
  }

  @Test
  void numbersStayNumbers() {
    JsonObject difference =
        parse(
            AuditTrail.difference(
                state(ComplaintStatus.CLOSED, null, 0),
                state(ComplaintStatus.UNDER_INVESTIGATION, null, 1)));

    assertThat(difference.keySet()).containsExactly("status", "reopenCount");
    assertThat(difference.getJsonObject("reopenCount").getInt("from")).isZero();
    assertThat(difference.getJsonObject("reopenCount").getInt("to")).isEqualTo(1);
  }

  @Test
  void instantsAndEnumsAreWrittenAsText() {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("closedAt", null);
    before.put("priority", Priority.MEDIUM);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("closedAt", Instant.parse("2026-03-11T09:00:00Z"));
    after.put("priority", Priority.CRITICAL);

    JsonObject difference = parse(AuditTrail.difference(before, after));

    assertThat(difference.getJsonObject("closedAt").getString("to"))
        .isEqualTo("2026-03-11T09:00:00Z");
    assertThat(difference.getJsonObject("priority").getString("from")).isEqualTo("MEDIUM");
    assertThat(difference.getJsonObject("priority").getString("to")).isEqualTo("CRITICAL");
  }

  @Test
  void aNewRecordListsEveryFieldThatHasAValue() {
    JsonObject difference =
        parse(AuditTrail.difference(Map.of(), state(ComplaintStatus.RECEIVED, null, 0)));

    assertThat(difference.keySet()).containsExactly("status", "reopenCount");
    assertThat(difference.getJsonObject("status").get("from")).isEqualTo(JsonValue.NULL);
    assertThat(difference.getJsonObject("status").getString("to")).isEqualTo("RECEIVED");
  }

  @Test
  void noChangeGivesAnEmptyDifference() {
    assertThat(
            AuditTrail.difference(
                state(ComplaintStatus.ASSESSED, "hugo", 2),
                state(ComplaintStatus.ASSESSED, "hugo", 2)))
        .isEqualTo("{}");
  }

  @Test
  void theFieldsKeepTheOrderOfTheRecord() {
    JsonObject difference =
        parse(
            AuditTrail.difference(
                state(ComplaintStatus.ASSESSED, null, 0),
                state(ComplaintStatus.CLOSED, "hugo", 1)));

    assertThat(difference.keySet()).containsExactly("status", "assignee", "reopenCount");
  }

  private static Map<String, Object> state(
      ComplaintStatus status, String assignee, int reopenCount) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("assignee", assignee);
    state.put("reopenCount", reopenCount);
    return state;
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
