package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.it.Api.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Many clients at once: every complaint gets its own reference and none fails. */
class ConcurrentIntakeIT {

  private static final int CLIENTS = 8;
  private static final int COMPLAINTS = 2_000;
  private static final Pattern REFERENCE = Pattern.compile("CMP-\\d{4}-\\d{6,}");

  @Test
  void twoThousandComplaintsFromEightClientsGetDistinctReferences() throws Exception {
    Set<String> references = ConcurrentHashMap.newKeySet();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        clients.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < COMPLAINTS / CLIENTS; i++) {
                    var response =
                        as("integration").body(Api.complaint(Api.marker())).post("/complaints");
                    if (response.statusCode() != 201) {
                      failures.add(response.statusCode() + " " + response.asString());
                    } else {
                      references.add(response.path("reference"));
                    }
                  }
                }));
      }
      for (Future<?> client : clients) {
        client.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).isEmpty();
    assertThat(references).hasSize(COMPLAINTS).allMatch(r -> REFERENCE.matcher(r).matches());
  }
}
