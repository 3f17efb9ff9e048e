package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The dashboard's KPIs from the snapshots (chart, red/amber/green against the targets, "no data"
 * for satisfaction) after a manager's "Recalculate now", and a QMS admin raising a nonconformity
 * from a recurring-problem proposal in one click.
 */
class KpiBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  private final Texts text = Texts.english();

  @Test
  void recalculateNowFillsTheChartAndRatesTheKpisAgainstTheirTargets() throws Exception {
    Cases.create("KPI dashboard " + Cases.marker());
    // Any escalation rate of today's complaints is within 100 %: green, whatever other tests did.
    setTarget("ESCALATION_RATE", 100, 100);
    try {
      browser.signIn("manager");
      browser.open("/app/dashboard.xhtml?period=DAY");
      String started = startFromThePage();
      Matcher execution = Pattern.compile("(\\d+)").matcher(started);
      assertThat(execution.find()).as(started).isTrue();
      waitUntilCompleted(Long.parseLong(execution.group(1)));

      browser.open("/app/dashboard.xhtml?period=DAY");
      assertThat(browser.isPresent(By.cssSelector("[id$='kpiChart'] canvas"))).isTrue();
      assertThat(badge("ESCALATION_RATE").getAttribute("class")).contains("rag-GREEN");
      assertThat(badge("ESCALATION_RATE").getText()).isEqualTo(text.get("kpi.rag.GREEN"));
      // Satisfaction has data once a survey was answered that day (another test may answer one).
      String satisfaction =
          Cases.as("manager")
              .queryParam("period", "DAY")
              .queryParam("dimension", "ALL")
              .queryParam("count", 1)
              .get("/kpi/series")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getString("SATISFACTION[-1].value");
      if (satisfaction == null) {
        assertThat(badge("SATISFACTION").getText()).isEqualTo(text.get("kpi.rag.NO_DATA"));
        assertThat(row("SATISFACTION").getText()).contains(text.get("kpi.noData"));
      } else {
        assertThat(badge("SATISFACTION").getText()).isNotEqualTo(text.get("kpi.rag.NO_DATA"));
        assertThat(row("SATISFACTION").getText()).doesNotContain(text.get("kpi.noData"));
      }
      long received =
          Long.parseLong(row("RECEIVED").findElement(By.className("kpi-value")).getText().strip());
      assertThat(received).isPositive();
    } finally {
      setTarget("ESCALATION_RATE", 10, 20);
    }
  }

  @Test
  void aManagerSetsATargetOnTheDashboardAndAWrongOneIsNamedAtItsField() {
    browser.signIn("manager");
    browser.open("/app/dashboard.xhtml");
    String green = targetInput("REOPEN_RATE", "green");
    String amber = targetInput("REOPEN_RATE", "amber");
    browser.type(green, "20").type(amber, "10").submit("targetForm:saveTargets");
    assertThat(browser.waitFor(By.cssSelector("#targetTable tr[data-kpi='REOPEN_RATE']")).getText())
        .contains("at most the amber threshold");

    browser.type(targetInput("REOPEN_RATE", "green"), "4");
    browser.type(targetInput("REOPEN_RATE", "amber"), "9").submit("targetForm:saveTargets");
    assertThat(browser.text("targetForm:targetMessages")).contains(text.get("kpi.targetsSaved"));
    try {
      assertThat(
              Cases.as("manager")
                  .get("/kpi/targets")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getList("findAll { it.kpi == 'REOPEN_RATE' }.amber", Float.class))
          .containsExactly(9f);
    } finally {
      setTarget("REOPEN_RATE", 5, 10);
    }
  }

  private String targetInput(String kpi, String threshold) {
    return browser
        .waitFor(
            By.cssSelector(
                "#targetTable tr[data-kpi='" + kpi + "'] input[id$='" + threshold + "']"))
        .getAttribute("id");
  }

  @Test
  void handlersSeeTheKpisButCannotRecalculate() {
    browser.signIn("handler");
    browser.open("/app/dashboard.xhtml");
    assertThat(browser.isPresent(By.id("kpiForm:recalculate"))).isFalse();
    assertThat(browser.isPresent(By.id("kpiTable"))).isTrue();
    assertThat(browser.isPresent(By.id("targetForm:saveTargets"))).isFalse();
  }

  @Test
  void aQmsAdminRaisesANonconformityFromAProposalInOneClick() throws Exception {
    String product = "RECUR-UI " + Cases.marker();
    List<String> complaints = List.of(create(product), create(product), create(product));
    runJob();

    browser.signIn("qms");
    browser.open("/app/quality/recurring-problems.xhtml");
    By proposal = By.cssSelector("section.proposal[data-key='" + product + "']");
    assertThat(browser.waitFor(proposal).getText()).contains(complaints);
    browser.submit(
        By.cssSelector("section.proposal[data-key='" + product + "'] input[id$='raise']"));

    assertThat(browser.path()).startsWith("/app/quality/nonconformity.xhtml");
    assertThat(browser.text("ncStatus")).isEqualTo(text.get("nc.status.DRAFT"));
    assertThat(browser.text("linkedComplaints")).contains(complaints);

    browser.open("/app/quality/recurring-problems.xhtml");
    assertThat(browser.isPresent(proposal)).isFalse();
    assertThat(browser.text("problems:decided"))
        .contains(product, text.get("problem.status.RAISED"));
  }

  private String startFromThePage() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      browser.submit("kpiForm:recalculate");
      String message = browser.text("kpiForm:kpiMessages");
      if (!message.contains("already running") || System.nanoTime() > deadline) {
        assertThat(message).contains("is running");
        return message;
      }
      Thread.sleep(1000);
    }
  }

  private org.openqa.selenium.WebElement row(String kpi) {
    return browser.waitFor(By.cssSelector("#kpiTable tr[data-kpi='" + kpi + "']"));
  }

  private org.openqa.selenium.WebElement badge(String kpi) {
    return row(kpi).findElement(By.className("badge"));
  }

  private static String create(String product) {
    return Cases.as("handler")
        .body(
            Map.of(
                "complainant",
                Map.of(
                    "name", "Recurring UI",
                    "email", "complainant@example.com",
                    "preferredContact", "EMAIL",
                    "language", "en"),
                "channel",
                "EMAIL",
                "productOrService",
                product,
                "description",
                "The same fault again."))
        .post("/complaints")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  private static void setTarget(String kpi, int green, int amber) {
    Cases.as("manager")
        .body(new Object[] {Map.of("kpi", kpi, "green", green, "amber", amber)})
        .put("/kpi/targets")
        .then()
        .statusCode(200);
  }

  private static void runJob() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    Response started;
    do {
      started =
          Cases.as("manager")
              .body(Map.of("days", 0, "weeks", 0, "months", 0))
              .post("/kpi/snapshots");
      if (started.statusCode() == 409) {
        Thread.sleep(1000);
      }
    } while (started.statusCode() == 409 && System.nanoTime() < deadline);
    started.then().statusCode(202);
    waitUntilCompleted(started.jsonPath().getLong("executionId"));
  }

  private static void waitUntilCompleted(long execution) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String status;
    do {
      Thread.sleep(500);
      status =
          Cases.as("manager")
              .get("/kpi/snapshots/{id}", execution)
              .then()
              .statusCode(200)
              .extract()
              .path("status");
    } while ((status.equals("STARTING") || status.equals("STARTED"))
        && System.nanoTime() < deadline);
    assertThat(status).isEqualTo("COMPLETED");
  }
}
