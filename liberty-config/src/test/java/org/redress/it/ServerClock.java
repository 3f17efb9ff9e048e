package org.redress.it;

import static org.redress.it.Api.as;
import static org.redress.it.Eventually.eventually;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The test server's clock, moved forward for what happens later (deadlines, schedules): the server
 * variable redress.clock.offset in a configDropins override, which only the test server (started
 * with redress.clock.adjustable=true) reads, afresh on every tick.
 */
final class ServerClock {

  private static final Path SERVER =
      Path.of(System.getProperty("redress.server.dir", "target/liberty/wlp/usr/servers/redress"));
  private static final Path OVERRIDE = SERVER.resolve("configDropins/overrides/redress-clock.xml");

  private ServerClock() {}

  /** Runs the server's clock this far ahead of the real time and waits until the server does. */
  static void move(Duration ahead) throws IOException, InterruptedException {
    Files.createDirectories(OVERRIDE.getParent());
    Path written = OVERRIDE.resolveSibling("redress-clock.tmp");
    Files.writeString(
        written,
        "<server><variable name=\"redress.clock.offset\" value=\"" + ahead + "\"/></server>\n",
        StandardCharsets.UTF_8);
    Files.move(
        written, OVERRIDE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    await(ahead);
  }

  /** Puts the server's clock back to the real time, if a test moved it. */
  static void reset() throws IOException, InterruptedException {
    if (Files.deleteIfExists(OVERRIDE)) {
      await(Duration.ZERO);
    }
  }

  /** Waits until the server's clock runs this far ahead (within a minute): a new case shows it. */
  static void await(Duration ahead) throws InterruptedException {
    eventually(
        "the server's clock moved by " + ahead,
        () -> {
          String ref = Api.create();
          Instant received =
              Instant.parse(
                  as("handler")
                      .get("/complaints/{ref}", ref)
                      .then()
                      .statusCode(200)
                      .extract()
                      .path("receivedAt"));
          Duration off = Duration.between(Instant.now().plus(ahead), received).abs();
          return off.compareTo(Duration.ofMinutes(1)) < 0 ? true : null;
        });
  }
}
