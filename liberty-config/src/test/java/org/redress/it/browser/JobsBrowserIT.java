package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The administrator follows a batch job in the job console and runs it again. */
class JobsBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  private final Texts text = Texts.english();

  @Test
  void aRunIsListedWithItsStatusAndCanBeRunAgain() {
    long first =
        Cases.as("admin")
            .post("/retention/run")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("executionId");

    browser.signIn("admin");
    browser.submit("menuAdmin").submit("adminJobs");
    By row = By.id("execution-" + first);
    browser.waitForText(row, "COMPLETED");
    assertThat(browser.waitFor(row).getText()).contains("retention");

    browser.submit(By.xpath("//input[@value='" + text.get("jobs.runAgain") + " retention']"));
    assertThat(browser.text("jobs:messages")).contains("retention");
    assertThat(browser.all(By.cssSelector("tr[id^='execution-']")).get(0).getDomAttribute("id"))
        .isNotEqualTo("execution-" + first);
  }

  @Test
  void aManagerSeesNoJobConsoleLink() {
    browser.signIn("manager").open("/app/admin/policy.xhtml");
    assertThat(browser.isPresent(By.id("adminJobs"))).isFalse();
  }
}
