package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A quality manager requests a management review on its page, sees a wrong month refused at its
 * field, watches the report being gathered, downloads the PDF and the CSV, and records the review's
 * decisions, first with a mistake and then complete.
 */
class ManagementReviewBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  private final Texts text = Texts.english();

  @Test
  void requestWatchDownloadAndRecordTheDecisions() {
    YearMonth month = YearMonth.now(ZoneOffset.UTC);
    browser.signIn("qms");
    browser.submit("menuQuality").submit("managementReviews");

    browser.type("request:fromMonth", "2026/01");
    browser.type("request:toMonth", month.plusMonths(1).toString());
    browser.submit("request:generate");
    assertThat(errorNextTo("request:fromMonth").getText())
        .isEqualTo("give a month as yyyy-MM, e.g. 2026-06");
    assertThat(errorNextTo("request:toMonth").getText())
        .isEqualTo("must not be after the current month");

    browser.type("request:fromMonth", month.toString());
    browser.type("request:toMonth", month.toString());
    browser.submit("request:generate");

    browser.waitForText(By.id("status"), text.get("review.status.READY"));
    assertThat(browser.text("reviewTitle")).contains("MR-", month.toString());
    browser.shot("review-ready");

    Map<String, Object> pdf =
        browser.fetch(browser.waitFor(By.id("review:pdf")).getDomAttribute("href"));
    assertThat(pdf.get("status")).isEqualTo(200L);
    assertThat((String) pdf.get("type")).isEqualTo("application/pdf");
    assertThat((String) pdf.get("head")).startsWith("%PDF-");
    Map<String, Object> csv =
        browser.fetch(browser.waitFor(By.id("review:csv")).getDomAttribute("href"));
    assertThat((String) csv.get("type")).startsWith("text/csv");
    assertThat((String) csv.get("text"))
        .startsWith("section,key,label,measure,value")
        .contains("kpi_month,RECEIVED,Complaints received," + month);

    browser.type("decisions:heldOn", month.atDay(1).toString());
    browser.type("decisions:attendees", "Managing director, quality manager");
    browser.type("decisions:nextReviewOn", month.atDay(1).toString());
    browser.submit("decisions:save");
    assertThat(errorNextTo("decisions:processDecisions").getText())
        .isEqualTo(
            "record at least one decision: on the process, on products and services, or on"
                + " resources");
    assertThat(errorNextTo("decisions:nextReviewOn").getText())
        .isEqualTo("must be after the day the review was held");

    browser.type("decisions:processDecisions", "Call back every complainant within a day");
    browser.type("decisions:nextReviewOn", month.plusMonths(6).atDay(1).toString());
    browser.submit("decisions:save");
    assertThat(browser.pageText()).contains(text.get("review.decisionsSaved"));
    assertThat(browser.text("decidedBy")).contains("qms");
    assertThat(browser.text("reviewList")).contains(month.atDay(1).toString());
    browser.shot("review-decided");
  }

  private WebElement errorNextTo(String inputId) {
    return browser.waitFor(
        By.xpath(
            "//*[@id='"
                + inputId
                + "']/ancestor-or-self::*[contains(@class,'field')][1]"
                + "/span[contains(@class,'field-error')]"));
  }
}
