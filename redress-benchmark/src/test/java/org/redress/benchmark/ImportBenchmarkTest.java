package org.redress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportBenchmarkTest {

  @Test
  void quotesValuesWithSeparatorsQuotesOrLineBreaks() {
    assertThat(ImportBenchmark.row(List.of("plain", "a;b", "say \"hi\"", "two\nlines")))
        .isEqualTo("plain;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\"");
  }

  @Test
  void theExportHasOneLinePerRowAfterTheHeaderAndRecentReceipts() {
    Instant now = Instant.parse("2026-05-01T12:00:00Z");
    String csv = ImportBenchmark.csv(200, "m1", now);
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(201);
    assertThat(lines[0]).isEqualTo(ImportBenchmark.HEADER);
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[i]).startsWith("T-m1-" + i + ";");
      Instant received = Instant.parse(lines[i].split(";")[1]);
      assertThat(received).isBefore(now).isAfter(now.minusSeconds(7L * 200 + 1900));
    }
  }
}
