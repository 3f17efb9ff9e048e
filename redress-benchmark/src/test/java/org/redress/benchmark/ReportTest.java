package org.redress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  private static Report sample() {
    Report report = new Report(false, Instant.parse("2026-05-01T10:00:00Z"));
    report.machine("cores", "2");
    report.data("complaints", "1,000,000");
    report.add(Figure.atLeastRatio("intake throughput", "complaints/s", 80, 300, 0.5, "4 clients"));
    report.add(Figure.atMostRatio("inbox p95: open", "ms", 6, 5, 1.5, 50, "open=true"));
    report.add(Figure.under("heap", "MB", 300, 512, "jcmd"));
    report.note("a note | with a pipe");
    return report;
  }

  @Test
  void targetsArePassedOrMissedByRatioAndLimit() {
    assertThat(Figure.atLeastRatio("t", "x/s", 60, 100, 0.5, "").pass()).isTrue();
    assertThat(Figure.atLeastRatio("t", "x/s", 40, 100, 0.5, "").pass()).isFalse();
    assertThat(Figure.atMostRatio("t", "ms", 14, 10, 1.5, 50, "").pass()).isTrue();
    assertThat(Figure.atMostRatio("t", "ms", 16, 10, 1.5, 50, "").pass()).isFalse();
    assertThat(Figure.atMostRatio("t", "ms", 60, 50, 1.5, 50, "").pass())
        .as("under the ratio but over the limit")
        .isFalse();
    assertThat(Figure.atMostRatio("t", "s", 30, 20, 2, Double.NaN, "").pass()).isTrue();
    assertThat(Figure.under("t", "MB", 600, 512, "").pass()).isFalse();
    assertThat(Figure.under("t", "MB", 600, 512, "").ratio()).isNaN();
  }

  @Test
  void markdownListsEachFigureWithItsRawCounterpartRatioAndResult() {
    Report report = sample();
    String md = report.markdown();
    assertThat(md).contains("| cores | 2 |");
    assertThat(md)
        .contains(
            "| intake throughput | 80 complaints/s | 300 complaints/s | 0.27 | ratio >= 0.5 |"
                + " **miss** | 4 clients |");
    assertThat(md)
        .contains("| inbox p95: open | 6 ms | 5 ms | 1.20 | ratio <= 1.5 and < 50 ms | pass |");
    assertThat(md).contains("| heap | 300 MB | - | - | < 512 MB | pass | jcmd |");
    assertThat(md).contains("- a note | with a pipe");
    assertThat(report.misses()).extracting(Figure::name).containsExactly("intake throughput");
  }

  @Test
  void writesTheSameFiguresAsJson(@TempDir Path dir) throws Exception {
    sample().write(dir);
    assertThat(dir.resolve("benchmark-report.md")).exists();
    JsonNode json =
        new ObjectMapper().readTree(Files.readString(dir.resolve("benchmark-report.json")));
    assertThat(json.get("smoke").asBoolean()).isFalse();
    assertThat(json.get("machine").get("cores").asText()).isEqualTo("2");
    JsonNode figures = json.get("figures");
    assertThat(figures).hasSize(3);
    assertThat(figures.get(0).get("ratio").asDouble())
        .isCloseTo(80.0 / 300, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(figures.get(0).get("pass").asBoolean()).isFalse();
    assertThat(figures.get(2).get("raw").isNull()).isTrue();
    assertThat(figures.get(2).get("ratio").isNull()).isTrue();
    assertThat(figures.get(2).get("pass").asBoolean()).isTrue();
  }
}
