package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * The Liberty server the build started (its directory under {@code redress.wlp.dir}), for tests
 * that take it down and bring it back: killed like a power cut, stopped like an operator does, and
 * started again from the same server directory with the same variables and environment (the
 * plugin's variables live in the server's configDropins, the database choice in the environment
 * this JVM inherited from Maven), so post-integration-test stops it as usual.
 */
final class TheServer {

  static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private static final Path WLP =
      Path.of(System.getProperty("redress.wlp.dir", "target/liberty/wlp")).toAbsolutePath();
  private static final String NAME = System.getProperty("redress.server.name", "redress");

  private TheServer() {}

  /** The process id of the running server's JVM, from the pid file Liberty writes. */
  static long pid() throws IOException {
    Path pidFile = WLP.resolve("usr/servers/.pid/" + NAME + ".pid");
    return Long.parseLong(Files.readString(pidFile).strip());
  }

  /** Kills the server's JVM outright (SIGKILL): no shutdown hook, no transaction ends cleanly. */
  static long kill() throws Exception {
    long pid = pid();
    ProcessHandle server =
        ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("No process " + pid));
    // Only ever the JVM of this build's server, never some other process that reused the id.
    String commandLine = server.info().commandLine().orElse("");
    assertThat(commandLine).contains(WLP.toString()).contains(NAME);
    assertThat(server.destroyForcibly()).isTrue();
    server.onExit().get(60, TimeUnit.SECONDS);
    return pid;
  }

  /** Stops the server the ordinary way (the {@code server stop} command). */
  static void stop() throws Exception {
    run("stop");
  }

  /** Starts the server from its directory and waits until the application answers. */
  static void start() throws Exception {
    run("start");
    awaitAnswering();
  }

  /** Waits until the REST API answers a signed-in request with 200. */
  static void awaitAnswering() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(Api.API + "/complaints?limit=1"))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("handler:handler-demo".getBytes(StandardCharsets.UTF_8)))
            .build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> answer = http.send(probe, HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
        last = "HTTP " + answer.statusCode();
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError(
        "The server did not answer within " + START_TIMEOUT.toSeconds() + " s: " + last);
  }

  private static void run(String action) throws Exception {
    ProcessBuilder command =
        new ProcessBuilder(WLP.resolve("bin/server").toString(), action, NAME)
            .redirectErrorStream(true)
            // A file, not a pipe: the server's JVM must not hold on to anything of this JVM.
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    new File(WLP.getParent().toFile(), "server-restarts.log")));
    command.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    Process process = command.start();
    if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("server " + action + " " + NAME + " did not finish");
    }
    assertThat(process.exitValue())
        .as("exit code of server %s %s (see %s)", action, NAME, "server-restarts.log")
        .isZero();
  }
}
