package org.redress.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmark ran on, for the report: the ratios only compare within one machine. */
final class Machine {

  private Machine() {}

  static void describe(Report report, String databaseVersion) {
    report.machine("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    report.machine("memory", memory());
    report.machine("CPU", cpu());
    report.machine("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    report.machine(
        "JVM",
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " (server and harness)");
    report.machine("database", databaseVersion);
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format(java.util.Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: say so below.
    }
    return "unknown";
  }

  private static String cpu() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: say so below.
    }
    return "unknown";
  }
}
