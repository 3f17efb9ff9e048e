package org.redress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InboxBenchmarkTest {

  @Test
  void everyViewBindsAParameterToEachPlaceholder() {
    for (InboxBenchmark.View view : InboxBenchmark.views("ORD-100200", 2)) {
      String sql = InboxBenchmark.sql(view, List.of("ID", "REFERENCE"), List.of("ID", "CODE"));
      long placeholders = sql.chars().filter(c -> c == '?').count();
      int now = view.query().contains("overdue=true") ? 1 : 0;
      assertThat(placeholders).as(view.name()).isEqualTo(view.parameters().size() + now + 2);
      assertThat(sql)
          .startsWith(
              "SELECT t1.ID, t1.REFERENCE, t0.ID, t0.CODE FROM COMPLAINT t1 LEFT OUTER JOIN")
          .endsWith("t1.ID" + (view.descending() ? " DESC" : " ASC") + " LIMIT ? OFFSET ?");
    }
  }

  @Test
  void theFreeTextViewSearchesLowerCasedAsTheApplicationStoresIt() {
    InboxBenchmark.View text =
        InboxBenchmark.views("ORD-100200", 2).stream()
            .filter(v -> v.query().startsWith("q="))
            .findFirst()
            .orElseThrow();
    assertThat(text.parameters()).containsExactly("%ord-100200%");
  }
}
