package org.redress.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged Redress server (liberty-config's OpenLiberty with the EAR) run on the benchmark's
 * PostgreSQL database, on its own ports, configured the way .ci/run configures it: environment
 * variables only. Mail goes to a port nobody listens on (mails wait in the outbox) and the mailbox
 * is not read, so the run never touches another build's test mail server.
 */
final class RedressServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RedressServer.class.getName());
  static final String NAME = "redress";
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final Settings settings;
  private final Path log;
  private Process script;
  private ProcessHandle jvm;

  RedressServer(Settings settings) {
    this.settings = settings;
    this.log = settings.outputDir().resolve("benchmark-server.log");
  }

  /**
   * Starts the server and waits until it answers a page of the complaint list.
   *
   * @param clean whether to start with {@code --clean} (the server's caches thrown away, as the
   *     first start after installing or changing features)
   * @return the time from launching the server to the first answered page
   */
  Duration startAndWaitForFirstPage(Api api, boolean clean)
      throws IOException, InterruptedException {
    Path wlp = settings.wlpDir().toAbsolutePath();
    Path command = wlp.resolve("bin/server");
    if (!Files.isExecutable(command) || !Files.isDirectory(wlp.resolve("usr/servers/" + NAME))) {
      throw new IllegalStateException(
          "No packaged server in "
              + wlp
              + ": build it first (mvn -Pbenchmark verify -DskipTests builds it with the run)");
    }
    Files.createDirectories(log.getParent());
    List<String> launch = new ArrayList<>(List.of(command.toString(), "run", NAME));
    if (clean) {
      launch.add("--clean");
    }
    ProcessBuilder builder =
        new ProcessBuilder(launch)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("DB_KIND", "postgres");
    env.put("DB_HOST", settings.dbHost());
    env.put("DB_PORT", Integer.toString(settings.dbPort()));
    env.put("DB_NAME", settings.dbName());
    env.put("DB_USER", settings.dbUser());
    env.put("DB_PASSWORD", settings.dbPassword());
    env.put("HTTP_PORT", Integer.toString(settings.httpPort()));
    env.put("HTTPS_PORT", Integer.toString(settings.httpsPort()));
    env.put("REDRESS_MAIL_PORT", Integer.toString(settings.mailPort()));
    env.put("REDRESS_IMAP_ENABLED", "false");
    long launched = System.nanoTime();
    script = builder.start();
    long deadline = launched + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (!script.isAlive()) {
        throw new IllegalStateException(
            "The server stopped while starting (exit " + script.exitValue() + "); see " + log);
      }
      try {
        if (api.get("handler", "/complaints?limit=50").status() == 200) {
          Duration took = Duration.ofNanos(System.nanoTime() - launched);
          jvm = findJvm();
          LOG.info(() -> "Server answered its first page after " + took.toMillis() + " ms");
          return took;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The server did not answer within 300 s; see " + log);
  }

  private ProcessHandle findJvm() {
    return script
        .toHandle()
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
        .findFirst()
        .orElse(script.toHandle());
  }

  /**
   * The server JVM's heap in use, read with {@code jcmd GC.heap_info}: as it stands, and after a
   * full collection ({@code jcmd GC.run}), which leaves what the server really holds.
   *
   * @return used KiB before and after the collection
   */
  long[] heapUsedKib() throws IOException, InterruptedException {
    long before = heapInfo();
    jcmd("GC.run");
    long after = heapInfo();
    return new long[] {before, after};
  }

  private long heapInfo() throws IOException, InterruptedException {
    String out = jcmd("GC.heap_info");
    Matcher used = USED.matcher(out);
    if (!used.find()) {
      throw new IllegalStateException("No heap figure in jcmd's answer: " + out);
    }
    return Long.parseLong(used.group(1));
  }

  private String jcmd(String what) throws IOException, InterruptedException {
    if (jvm == null) {
      throw new IllegalStateException("The server is not running");
    }
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process =
        new ProcessBuilder(jcmd.toString(), Long.toString(jvm.pid(), 10), what)
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + what + " failed: " + out);
    }
    return out;
  }

  /** The lines of the server's log that report errors, for the report's notes. */
  List<String> errors() throws IOException {
    List<String> errors = new ArrayList<>();
    Path messages = settings.wlpDir().resolve("usr/servers/" + NAME + "/logs/messages.log");
    if (Files.exists(messages)) {
      for (String line : Files.readAllLines(messages, StandardCharsets.UTF_8)) {
        if (line.contains(" E ") && errors.size() < 20) {
          errors.add(line.strip());
        }
      }
    }
    return errors;
  }

  Optional<Long> pid() {
    return Optional.ofNullable(jvm).map(ProcessHandle::pid);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (script == null) {
      return;
    }
    Path command = settings.wlpDir().toAbsolutePath().resolve("bin/server");
    Process stop =
        new ProcessBuilder(command.toString(), "stop", NAME)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    stop.waitFor(120, TimeUnit.SECONDS);
    if (!script.waitFor(60, TimeUnit.SECONDS)) {
      LOG.warning("The server did not stop in time: ending its process");
      script.descendants().forEach(ProcessHandle::destroy);
      script.destroy();
      script.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
    }
    script = null;
    jvm = null;
  }
}
