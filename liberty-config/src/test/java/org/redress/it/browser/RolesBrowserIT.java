package org.redress.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * What each role sees and may open: the auditor reads masked cases and takes no step, handlers
 * record complaints, administrators reach the administration, complainants need no account.
 */
class RolesBrowserIT {

  private final Texts text = Texts.english();

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void auditorReadsTheCaseWithPersonalDataMaskedAndNoStepToTake() {
    String reference = Cases.create("Kim Auditee");
    browser.signIn("auditor");
    assertThat(browser.isPresent(By.id("menuIntake"))).isFalse();
    assertThat(browser.pageText()).doesNotContain(text.get("menu.intake"));

    browser.open("/app/complaint.xhtml?ref=" + reference);
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(reference);
    assertThat(browser.text("complainantName")).contains("***").doesNotContain("Auditee");
    assertThat(browser.text("complainantEmail"))
        .contains("***")
        .isNotEqualTo("complainant@example.com");
    assertThat(browser.text("actions")).contains(text.get("case.noActions"));
    assertThat(browser.all(By.cssSelector("#actions details"))).isEmpty();
    assertThat(browser.all(By.cssSelector("#actions form"))).isEmpty();
    assertThat(browser.isPresent(By.id("upload"))).as("no upload form").isFalse();
  }

  @Test
  void auditorIsRefusedTheIntakeAndTheAdministration() {
    browser.signIn("auditor");
    for (String page : new String[] {"/app/intake.xhtml", "/app/admin/policy.xhtml"}) {
      browser.open(page);
      assertThat(browser.waitFor(By.tagName("h1")).getText())
          .as(page)
          .isEqualTo(text.get("forbidden.title"));
      assertThat(browser.text("forbidden")).as(page).isEqualTo(text.get("forbidden.text"));
      assertThat(browser.isPresent(By.id("intake"))).isFalse();
      assertThat(browser.isPresent(By.id("policy"))).isFalse();
    }
  }

  @Test
  void wrongPasswordIsRefused() {
    browser.attemptSignIn("handler", "not-the-password");
    assertThat(browser.text("loginFailed")).isEqualTo(text.get("login.failed"));
    assertThat(browser.isPresent(By.id("signedInUser"))).isFalse();
    assertThat(browser.isPresent(By.id("j_username"))).as("the form is offered again").isTrue();
  }

  @Test
  void handlerMayRecordComplaintsButNotAdministerThePolicy() {
    browser.signIn("handler");
    assertThat(browser.text("menuIntake")).isEqualTo(text.get("menu.intake"));
    assertThat(browser.isPresent(By.id("menuAdmin"))).isFalse();
    browser.submit("menuIntake");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(text.get("intake.title"));
    assertThat(browser.isPresent(By.id("intake:record"))).isTrue();
  }

  @Test
  void administratorReachesTheAdministration() {
    browser.signIn("admin");
    assertThat(browser.text("menuAdmin")).isEqualTo(text.get("menu.admin"));
    browser.submit("menuAdmin");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(text.get("admin.title"));
    assertThat(browser.isPresent(By.id("policy"))).isTrue();
  }

  @Test
  void signingOutEndsTheSession() {
    browser.signIn("handler");
    browser.submit("session:signOut");
    assertThat(browser.text("signedOut")).isEqualTo(text.get("login.signedOut"));
    browser.open("/app/inbox.xhtml");
    assertThat(browser.isPresent(By.id("j_username"))).as("asked to sign in again").isTrue();
  }

  @Test
  void publicPagesNeedNoSignIn() {
    browser.open("/public/index.xhtml");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(text.get("howto.title"));
    browser.open("/public/complain.xhtml");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(text.get("complain.title"));
    assertThat(browser.isPresent(By.id("complaint:send"))).isTrue();
    browser.open("/public/status.xhtml");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(text.get("status.title"));
    assertThat(browser.isPresent(By.id("lookup:find"))).isTrue();
    assertThat(browser.isPresent(By.id("j_username"))).isFalse();
    assertThat(browser.isPresent(By.id("signedInUser"))).isFalse();
  }
}
