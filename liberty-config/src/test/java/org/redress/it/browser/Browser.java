package org.redress.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one test, as a JUnit 5 extension: register it on an instance field with
 * {@code @RegisterExtension final Browser browser = new Browser();}. Each test gets a fresh browser
 * with a fresh profile (no cookies, no session), in English unless the test method carries {@link
 * Language}.
 *
 * <p>Every page the test reaches is saved as a full-page PNG under {@code
 * target/screenshots/<TestClass>/<nn>-<test>-<page>.png}, and the page at the moment of a failure
 * always is, with its HTML next to it.
 *
 * <p>Debian's Chromium and chromedriver are used directly; Selenium Manager never runs (it would
 * download a browser).
 */
public final class Browser
    implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

  static final String BASE =
      System.getProperty("redress.baseUrl", "http://localhost:9080/complaints");

  private static final String CHROMIUM =
      System.getProperty("redress.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("redress.chromedriver", "/usr/bin/chromedriver");
  private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Screenshot numbers per test class, so that the files sort in the order they were taken. */
  private static final Map<String, AtomicInteger> SHOTS = new ConcurrentHashMap<>();

  /** The browser's preferred languages, as in its settings: {@code "de-DE,de"}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  public @interface Language {
    String value();
  }

  private ChromeDriver driver;
  private WebDriverWait wait;
  private Path profile;
  private Path shots;
  private AtomicInteger counter;
  private String test;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    // Outside CI a machine without Debian's Chromium skips the browser tests, saying why; in CI
    // (.ci/run installs it) a missing browser fails them.
    if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
          "Browser tests skipped: install Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver) to run them");
    }
    String testClass = context.getRequiredTestClass().getSimpleName();
    test = context.getRequiredTestMethod().getName();
    shots = TARGET.resolve("screenshots").resolve(testClass);
    counter =
        SHOTS.computeIfAbsent(
            testClass,
            name -> {
              deleteTree(shots); // the pictures of this run only
              return new AtomicInteger();
            });
    Files.createDirectories(shots);
    Language language = context.getRequiredTestMethod().getAnnotation(Language.class);
    start(language == null ? "en-US,en" : language.value());
  }

  private void start(String languages) throws IOException {
    for (String program : new String[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(Path.of(program))) {
        throw new IllegalStateException(
            program + " is missing: install Debian's chromium and chromium-driver packages");
      }
    }
    Files.createDirectories(TARGET.resolve("chromium"));
    profile = Files.createTempDirectory(TARGET.resolve("chromium"), "profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--lang=" + languages.split(",")[0],
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, WAIT);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && driver != null) {
      try {
        Path png = shot("FAILED");
        Path html = png.resolveSibling(png.getFileName().toString().replace(".png", ".html"));
        Files.writeString(html, driver.getPageSource(), StandardCharsets.UTF_8);
      } catch (IOException | WebDriverException e) {
        context.publishReportEntry("screenshot", "no screenshot of the failure: " + e);
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      deleteTree(profile);
    }
  }

  // Pages

  /** Opens a page by its path under the application, e.g. {@code /public/index.xhtml}. */
  public Browser open(String path) {
    driver.get(BASE + path);
    pageLoaded();
    shot(pageName());
    return this;
  }

  /**
   * Opens a staff page, signs in on the login form it leads to and waits for the staff menu. Fails
   * when the sign-in does not succeed.
   */
  public Browser signIn(String user) {
    attemptSignIn(user, user + "-demo");
    waitFor(By.id("signedInUser"));
    if (!text("signedInUser").equals(user)) {
      throw new AssertionError("Signed in as " + text("signedInUser") + ", not " + user);
    }
    return this;
  }

  /** Opens the inbox, which leads to the login form, and submits the user name and password. */
  public Browser attemptSignIn(String user, String password) {
    open("/app/inbox.xhtml");
    type("j_username", user);
    type("j_password", password);
    submit("signIn");
    return this;
  }

  /** Unfolds the {@code <details>} of a case step, so its form can be filled in. */
  public Browser openStep(String formId) {
    WebElement form = waitFor(By.id(formId));
    WebElement details = form.findElement(By.xpath("ancestor::details[1]"));
    if (details.getDomAttribute("open") == null) {
      details.findElement(By.tagName("summary")).click();
    }
    wait.until(ExpectedConditions.visibilityOf(form));
    return this;
  }

  // Input

  public Browser type(String id, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Chooses a file for an {@code <input type="file">}, as the file dialog would. */
  public Browser attach(String id, Path file) {
    waitFor(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Chooses an option of a native {@code <select>} by the text the user sees. */
  public Browser select(String id, String visibleText) {
    new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))))
        .selectByVisibleText(visibleText);
    return this;
  }

  /** Clicks an element that changes nothing but the page in the browser (a radio, a summary). */
  public Browser click(String id) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center'})", element);
    element.click();
    return this;
  }

  /**
   * Clicks a button or link that loads a new page, waits for that page and saves a screenshot of it
   * named after the element.
   */
  public Browser submit(String id) {
    WebElement page = driver.findElement(By.tagName("html"));
    click(id);
    wait.until(d -> isGone(page));
    pageLoaded();
    shot(pageName() + "-after-" + id);
    return this;
  }

  /** Follows a link or button found by a locator (one in a repeated row), like {@link #submit}. */
  public Browser submit(By locator) {
    WebElement page = driver.findElement(By.tagName("html"));
    WebElement target = wait.until(ExpectedConditions.elementToBeClickable(locator));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center'})", target);
    target.click();
    wait.until(d -> isGone(page));
    pageLoaded();
    shot(pageName() + "-after-click");
    return this;
  }

  /**
   * Clicks a button that re-renders its own form without leaving the page (PrimeFaces AJAX) and
   * waits until the form has been replaced.
   */
  public Browser update(String id) {
    WebElement button = driver.findElement(By.id(id));
    click(id);
    wait.until(d -> isGone(button));
    pageLoaded();
    return this;
  }

  // Reading the page

  public WebElement waitFor(By locator) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  /** The visible text of an element, once it is there. */
  public String text(String id) {
    return waitFor(By.id(id)).getText().strip();
  }

  /** Waits until an element shows a text (or a part of it). */
  public Browser waitForText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    return this;
  }

  public boolean isPresent(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  public List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  /** The text an {@code <iframe>} of the page shows, such as a sandboxed HTML preview. */
  public String frameText(String id) {
    WebElement frame = waitFor(By.id(id));
    driver.switchTo().frame(frame);
    try {
      return driver.findElement(By.tagName("body")).getText();
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  /** All the text the page shows. */
  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String title() {
    return driver.getTitle();
  }

  /** The current address, relative to the application when it is one of its pages. */
  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(BASE) ? url.substring(BASE.length()) : url;
  }

  /** The {@code lang} of the page: the language the server chose to show it in. */
  public String pageLanguage() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  /**
   * Downloads an address with the browser's own session (as a click on a download link would) and
   * tells what came back: {@code status}, {@code type}, {@code head} (the first bytes as text),
   * {@code size} and, for text, the whole {@code text}.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> fetch(String url) {
    return (Map<String, Object>)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => {"
                    + "  const bytes = new Uint8Array(b);"
                    + "  const type = r.headers.get('content-type') || '';"
                    + "  done({status: r.status, type: type, size: b.byteLength,"
                    + "    head: String.fromCharCode.apply(null, bytes.slice(0, 8)),"
                    + "    text: type.startsWith('text') ? new TextDecoder().decode(b) : ''});"
                    + "}))"
                    + ".catch(e => done({status: -1, type: String(e)}));",
                url);
  }

  // Screenshots

  /** Saves a picture of the whole page, also what lies below the window. */
  public Path shot(String name) {
    Path file = shots.resolve(nextName(name, ".png"));
    try {
      Files.write(file, fullPage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private byte[] fullPage() {
    try {
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
      double width = ((Number) size.get("width")).doubleValue();
      double height = ((Number) size.get("height")).doubleValue();
      Map<String, Object> picture =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
      return Base64.getDecoder().decode((String) picture.get("data"));
    } catch (WebDriverException | ClassCastException | NullPointerException e) {
      return driver.getScreenshotAs(OutputType.BYTES); // the window only, better than nothing
    }
  }

  private String nextName(String name, String extension) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
    return String.format("%02d-%s-%s%s", counter.incrementAndGet(), test, safe, extension);
  }

  private String pageName() {
    String path = driver.getCurrentUrl().replaceFirst("[?#].*$", "");
    String last = path.substring(path.lastIndexOf('/') + 1).replace(".xhtml", "");
    return last.isEmpty() ? "index" : last;
  }

  /**
   * True once the old page's root element is gone. During a navigation Chrome reports this either
   * as a stale element or as a node that "does not belong to the document".
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException stale) {
      return true;
    } catch (org.openqa.selenium.WebDriverException navigating) {
      String message = String.valueOf(navigating.getMessage());
      if (message.contains("does not belong to the document")
          || message.contains("No node with given id")) {
        return true;
      }
      throw navigating;
    }
  }

  private void pageLoaded() {
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
