package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Api.as;
import static org.redress.it.Api.ok;
import static org.redress.it.Eventually.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statistics of ISO 10002 clause 8 survive the GDPR: anonymising finished cases, by the
 * retention job and by a complainant's erasure request, leaves every KPI snapshot of them as it
 * was. The cases are the test's own product, so the KPI rows compared are those of that product's
 * group: every KPI of every day, week and month, each a function of these cases only. (The rows of
 * all complaints, a category or a channel also count other tests' open cases and the demo data,
 * whose ages and deadlines move on between two runs whatever the anonymisation does.)
 */
class AnonymisationKpiIT {

  /** How far back the retention job's cases closed: past a retention of one month. */
  private static final Duration LONG_AGO = Duration.ofDays(40);

  /** Periods that hold the cases closed long ago and the ones closed today. */
  private static final Map<String, Object> PERIODS = Map.of("days", 45, "weeks", 10, "months", 3);

  private static final String COMMENT = "Kind and quick, thank you.";

  /** The text of the rating on a case's timeline. */
  private static final String RATING_DETAILS =
      "events.find { it.type == 'SATISFACTION_RATED' }.details ?: ''";

  /** Where the survey invitation goes. */
  @RegisterExtension final GreenMailExtension smtp = new GreenMailExtension(TestMailServer.smtp());

  @Test
  void anonymisationLeavesEveryKpiUnchanged() throws Throwable {
    String product = "ANON-IT " + Api.marker();
    String longAgo = Api.marker() + "@example.com";
    String erasing = Api.marker() + "@example.com";

    List<String> retained =
        List.of(
            remedied(product, longAgo),
            escalatedThenRemedied(product, longAgo),
            reopenedThenClosedAgain(product, longAgo),
            referredExternally(product, longAgo));
    String surveyed = remedied(product, erasing);
    answerTheSurvey(surveyed, erasing);
    String notAComplaint = complaint(product, erasing);
    ok(
        "handler",
        notAComplaint,
        "closure",
        Map.of("outcome", "NOT_A_COMPLAINT", "reason", "A question about the manual."));
    String withdrawn = complaint(product, erasing);
    ok("handler", withdrawn, "acknowledgement", Map.of("channel", "EMAIL"));
    ok("handler", withdrawn, "withdrawal", Map.of("reason", "Sorted out with the shop."));
    String open = complaint(product, erasing);
    ok("handler", open, "acknowledgement", Map.of("channel", "EMAIL"));
    for (String reference : retained) {
      RetentionIT.closedLongAgo(reference, LONG_AGO);
    }

    LocalDate firstRunDay = LocalDate.now(ZoneOffset.UTC);
    KpiJobIT.runKpiJob(PERIODS);
    Map<String, Measure> before = snapshot(product);
    assertThat(dayValues(before, "CLOSED").stream().mapToLong(BigDecimal::longValueExact).sum())
        .as("finished cases in the day rows of " + before)
        .isEqualTo(7);
    for (String kpi :
        List.of("REOPEN_RATE", "ESCALATION_RATE", "EXTERNAL_REFERRAL_RATE", "REMEDY_COST")) {
      assertThat(dayValues(before, kpi)).as(kpi).anyMatch(v -> v.signum() > 0);
    }
    assertThat(dayValues(before, "SATISFACTION")).containsExactly(new BigDecimal("4"));

    RetentionIT.withRetentionOfOneMonth(
        () -> assertThat(RetentionIT.runRetentionJob().getLong("written")).isPositive());
    JsonPath erasure =
        as("manager")
            .body(Map.of("email", erasing, "reason", "Asked by mail"))
            .post("/complainants/erasure")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(erasure.getList("anonymised", String.class))
        .containsExactlyInAnyOrder(surveyed, notAComplaint, withdrawn);
    assertThat(erasure.getList("stillOpen", String.class)).containsExactly(open);
    for (String reference : retained) {
      assertAnonymised(reference, product);
    }
    for (String reference : List.of(surveyed, notAComplaint, withdrawn)) {
      assertAnonymised(reference, product);
    }
    assertThat(RetentionIT.details(open).getString("complainant.email")).isEqualTo(erasing);
    assertThat(RetentionIT.details(surveyed).getString(RATING_DETAILS)).doesNotContain(COMMENT);

    KpiJobIT.runKpiJob(PERIODS);
    Map<String, Measure> after = snapshot(product);
    if (LocalDate.now(ZoneOffset.UTC).equals(firstRunDay)) {
      assertThat(after).isEqualTo(before);
    } else {
      // Midnight UTC came between the runs: the second one counts its days, weeks and months from
      // the new day. Both wrote every period but the oldest and the newest one.
      Map<String, Measure> bothBefore = new TreeMap<>(before);
      bothBefore.keySet().retainAll(after.keySet());
      Map<String, Measure> bothAfter = new TreeMap<>(after);
      bothAfter.keySet().retainAll(before.keySet());
      assertThat(dayValues(bothAfter, "CLOSED")).isNotEmpty();
      assertThat(bothAfter).isEqualTo(bothBefore);
    }
  }

  /** One row of the KPI snapshot: the value (null for no data) and how many cases it measured. */
  private record Measure(BigDecimal value, long sampleSize) {}

  /**
   * Every KPI_SNAPSHOT row of the product's group but the time it was computed at, by period kind,
   * period and KPI, read from the database.
   */
  private static Map<String, Measure> snapshot(String product) throws Exception {
    Map<String, Measure> rows = new TreeMap<>();
    try (Connection db = TheDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT PERIOD_KIND, PERIOD_START, KPI, KPI_VALUE, SAMPLE_SIZE FROM KPI_SNAPSHOT"
                    + " WHERE DIMENSION = 'PRODUCT' AND DIMENSION_KEY = ?")) {
      query.setString(1, product);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          BigDecimal value = row.getBigDecimal(4);
          rows.put(
              row.getString(1) + " " + row.getDate(2).toLocalDate() + " " + row.getString(3),
              new Measure(
                  value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString()),
                  row.getLong(5)));
        }
      }
    }
    return rows;
  }

  /** The values of a KPI in the day rows, leaving out those with no data. */
  private static List<BigDecimal> dayValues(Map<String, Measure> rows, String kpi) {
    return rows.entrySet().stream()
        .filter(row -> row.getKey().startsWith("DAY ") && row.getKey().endsWith(" " + kpi))
        .map(row -> row.getValue().value())
        .filter(value -> value != null)
        .toList();
  }

  /**
   * The personal data is gone, and what the statistics count the case by (product, category,
   * channel, outcome, remedy) is still there.
   */
  private static void assertAnonymised(String reference, String product) {
    JsonPath details = RetentionIT.details(reference);
    assertThat(details.getString("complainant.name")).as(reference).isEqualTo("(anonymised)");
    assertThat(details.getString("complainant.email")).as(reference).isNull();
    assertThat(details.getString("description"))
        .as(reference)
        .isEqualTo("(removed with the personal data)");
    assertThat(details.getList("events.type", String.class)).last().isEqualTo("ANONYMISED");
    assertThat(details.getString("productOrService")).isEqualTo(product);
    assertThat(details.getString("category")).isEqualTo("PRODUCT_QUALITY");
    assertThat(details.getString("channel")).isEqualTo("WEB");
    assertThat(details.getString("outcome")).isNotNull();
  }

  /** A new complaint about the product from the address. */
  private static String complaint(String product, String address) {
    Map<String, Object> body = new LinkedHashMap<>(Api.complaint(Api.marker()));
    body.put("productOrService", product);
    body.put(
        "complainant",
        Map.of("name", "Ada Anonymous", "email", address, "preferredContact", "EMAIL"));
    return Api.create(body);
  }

  /** Acknowledged, assessed and assigned to the handler. */
  private static String investigated(String product, String address) {
    String reference = complaint(product, address);
    ok("handler", reference, "acknowledgement", Map.of("channel", "EMAIL"));
    ok("handler", reference, "assessment", Api.assessment());
    ok("manager", reference, "assignment", Map.of("assignee", "handler"));
    return reference;
  }

  /** Proposes a remedy and communicates the decision. */
  private static void decide(String user, String reference, String remedy, int amount) {
    ok(
        user,
        reference,
        "response",
        Map.of(
            "remedyType", remedy, "summary", "Our remedy.", "amount", amount, "currency", "EUR"));
    ok(user, reference, "decision", Map.of("channel", "EMAIL"));
  }

  /** The complainant accepts the decision and the case closes as resolved. */
  private static String accepted(String reference) {
    ok("handler", reference, "complainant-reply", Map.of("accepted", true));
    ok("handler", reference, "closure", Map.of("outcome", "RESOLVED"));
    return reference;
  }

  private static String remedied(String product, String address) {
    String reference = investigated(product, address);
    decide("handler", reference, "REPLACEMENT", 120);
    return accepted(reference);
  }

  /** A remedy decided, and rejected by the complainant. */
  private static String rejected(String product, String address, String remedy, int amount) {
    String reference = investigated(product, address);
    decide("handler", reference, remedy, amount);
    ok("handler", reference, "complainant-reply", Map.of("accepted", false));
    return reference;
  }

  private static String escalatedThenRemedied(String product, String address) {
    String reference = rejected(product, address, "REPAIR", 80);
    ok(
        "manager",
        reference,
        "escalation",
        Map.of(
            "reason", "Rejected by the complainant",
            "recourseInformation", "Review by the manager; the consumer ombudsman."));
    ok("manager", reference, "assignment", Map.of("assignee", "manager"));
    decide("manager", reference, "REFUND", 300);
    return accepted(reference);
  }

  private static String reopenedThenClosedAgain(String product, String address) {
    String reference = remedied(product, address);
    ok("manager", reference, "reopening", Map.of("reason", "The replacement broke too."));
    decide("handler", reference, "COMPENSATION", 50);
    return accepted(reference);
  }

  private static String referredExternally(String product, String address) {
    String reference = rejected(product, address, "EXPLANATION", 0);
    ok(
        "manager",
        reference,
        "external-referral",
        Map.of(
            "body", "Consumer Ombudsman",
            "recourseInformation", "Referred to the Consumer Ombudsman (ISO 10003)."));
    ok(
        "manager",
        reference,
        "closure",
        Map.of("outcome", "EXTERNAL_DECISION", "externalOutcome", "The ombudsman agreed."));
    return reference;
  }

  /**
   * Answers the survey the closing mailed to the address through the public API; the rating and its
   * comment go on the case's timeline.
   */
  private void answerTheSurvey(String reference, String address) throws Exception {
    String token =
        SurveyIT.tokenFrom(
            eventually(
                "the survey invitation to " + address,
                () -> SurveyIT.mail(smtp, address, "survey-invitation")));
    Api.anonymous()
        .body(Map.of("overall", 4, "fair", 5, "comment", COMMENT))
        .post("/public/surveys/{t}", token)
        .then()
        .statusCode(200);
    assertThat(RetentionIT.details(reference).getString(RATING_DETAILS)).contains("4/5", COMMENT);
  }
}
