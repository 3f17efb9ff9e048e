package org.redress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CopyTextTest {

  private static String row(Object... values) {
    StringBuilder out = new StringBuilder();
    CopyText.appendRow(out, Arrays.asList(values));
    return out.toString();
  }

  @Test
  void escapesWhatWouldEndAColumnOrARow() {
    assertThat(row("a\tb", "line 1\nline 2\r", "back\\slash", "Jörg Weiß 😀"))
        .isEqualTo("a\\tb\tline 1\\nline 2\\r\tback\\\\slash\tJörg Weiß 😀\n");
  }

  @Test
  void writesNullsBooleansNumbersDatesAndUtcTimestamps() {
    Instant at = Instant.parse("2026-03-01T23:30:05.123456Z");
    assertThat(
            row(
                null,
                true,
                false,
                42L,
                7,
                new BigDecimal("1E+3"),
                LocalDate.of(2026, 2, 28),
                java.sql.Date.valueOf("2026-02-28"),
                Timestamp.from(at),
                at))
        .isEqualTo(
            "\\N\tt\tf\t42\t7\t1000\t2026-02-28\t2026-02-28\t2026-03-01 23:30:05.123456"
                + "\t2026-03-01 23:30:05.123456\n");
  }

  @Test
  void refusesAValueItCannotWrite() {
    assertThatThrownBy(() -> row(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No COPY text");
  }
}
