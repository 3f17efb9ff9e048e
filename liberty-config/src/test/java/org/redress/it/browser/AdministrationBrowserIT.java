package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The administrator's connector list shows the plugin dropped in as a jar with its settings form,
 * and the outbox page shows a delivery that keeps failing, with its error and a retry.
 */
class AdministrationBrowserIT {

  @RegisterExtension final Browser browser = new Browser();

  private final Texts text = Texts.english();

  @Test
  void thePluginJarAppearsWithItsSettingsFormAndWrongSettingsAreNamedAtTheirField() {
    browser.signIn("admin");
    browser.submit("menuAdmin").submit("adminConnectors");
    assertThat(browser.text("connector-qms-rest"))
        .contains(
            "REST QMS connector", "redress-qms-rest-connector.jar", text.get("connectors.off"));
    assertThat(browser.text("connector-local-qms")).contains(text.get("connectors.builtIn"));

    browser.submit(By.cssSelector("[id='connector-qms-rest'] a"));
    assertThat(browser.text("selectedName")).isEqualTo("REST QMS connector");
    assertThat(browser.pageText()).contains("QMS API address", "API token", "Timeout (seconds)");
    browser
        .type("settingsForm:fields:0:text", "ftp://qms.example.com")
        .type("settingsForm:fields:2:text", "soon")
        .submit("settingsForm:save");

    assertThat(fieldError(0)).contains("http or https");
    assertThat(fieldError(2)).contains("whole number");
    browser.open("/app/admin/connectors.xhtml");
    assertThat(browser.text("connector-qms-rest")).contains(text.get("connectors.off"));
  }

  @Test
  void aDeliveryThatKeepsFailingIsShownWithItsErrorAndCanBeRetried() throws Exception {
    String nowhere = "http://127.0.0.1:" + closedPort() + "/qms";
    Cases.as("admin")
        .body(Map.of("enabled", true, "settings", Map.of("baseUrl", nowhere)))
        .put("/connectors/qms-rest")
        .then()
        .statusCode(200);
    try {
      String nc =
          Cases.as("qms")
              .body(Map.of("source", "INTERNAL", "severity", "MINOR", "title", "Outbox page test"))
              .post("/nonconformities")
              .then()
              .statusCode(201)
              .extract()
              .path("reference");
      waitForAFailedAttempt(nc);

      browser.signIn("admin");
      browser.open("/app/admin/outbox.xhtml");
      By row = By.xpath("//tr[td[normalize-space()='" + nc + "']]");
      assertThat(browser.waitFor(row).getText())
          .contains(text.get("outbox.topic.qms.push"), "qms-rest", "ConnectException");
      browser.submit(By.xpath("//tr[td[normalize-space()='" + nc + "']]//input[@type='submit']"));
      assertThat(browser.text("outbox:messages")).contains("is sent again");
    } finally {
      Cases.as("admin")
          .body(Map.of("enabled", false, "settings", Map.of("baseUrl", nowhere)))
          .put("/connectors/qms-rest")
          .then()
          .statusCode(200);
    }
  }

  /** The error shown in the field of the settings form's row. */
  private String fieldError(int row) {
    return browser
        .waitFor(By.id("settingsForm:fields:" + row + ":text"))
        .findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"))
        .findElement(By.className("field-error"))
        .getText();
  }

  private static void waitForAFailedAttempt(String nc) throws InterruptedException {
    for (int i = 0; i < 60; i++) {
      Integer attempts =
          Cases.as("admin")
              .queryParam("record", nc)
              .queryParam("troubled", "true")
              .get("/outbox")
              .then()
              .statusCode(200)
              .extract()
              .path("find { it.target == 'qms-rest' }.attempts");
      if (attempts != null && attempts > 0) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The push to the closed port never failed");
  }

  private static int closedPort() throws IOException {
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return free.getLocalPort();
    }
  }
}
