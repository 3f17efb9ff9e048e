package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.it.Api.as;

import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A retried create with the same Idempotency-Key returns the first complaint, never a second. */
class IdempotencyIT {

  @Test
  void sameKeyTwiceGivesOneComplaint() {
    String key = UUID.randomUUID().toString();
    String marker = Api.marker();
    Map<String, Object> body = Api.complaint(marker);
    Response first =
        as("integration").header("Idempotency-Key", key).body(body).post("/complaints");
    first.then().statusCode(201).header("Idempotent-Replayed", "false");
    Response second =
        as("integration").header("Idempotency-Key", key).body(body).post("/complaints");
    second.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(second.<String>path("reference")).isEqualTo(first.path("reference"));
    assertThat(second.<String>path("trackingCode")).isEqualTo(first.path("trackingCode"));
    List<Object> found =
        as("handler").queryParam("q", "ord-" + marker).get("/complaints").path("items");
    assertThat(found).hasSize(1);
  }

  @Test
  void sameKeyWithADifferentBodyIsRefused() {
    String key = UUID.randomUUID().toString();
    as("integration")
        .header("Idempotency-Key", key)
        .body(Api.complaint(Api.marker()))
        .post("/complaints")
        .then()
        .statusCode(201);
    as("integration")
        .header("Idempotency-Key", key)
        .body(Api.complaint(Api.marker()))
        .post("/complaints")
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:redress:problem:idempotency-key-reused"));
  }

  @Test
  void keysOfDifferentClientsDoNotCollide() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Api.complaint(Api.marker());
    String a =
        as("integration")
            .header("Idempotency-Key", key)
            .body(body)
            .post("/complaints")
            .path("reference");
    String b =
        as("handler")
            .header("Idempotency-Key", key)
            .body(body)
            .post("/complaints")
            .path("reference");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void concurrentRetriesWithOneKeyCreateOneComplaint() throws Exception {
    String key = UUID.randomUUID().toString();
    String marker = Api.marker();
    Map<String, Object> body = Api.complaint(marker);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<String> post =
          () ->
              as("integration")
                  .header("Idempotency-Key", key)
                  .body(body)
                  .post("/complaints")
                  .then()
                  .statusCode(201)
                  .extract()
                  .path("reference");
      List<Future<String>> results =
          pool.invokeAll(List.of(post, post, post, post), 60, TimeUnit.SECONDS);
      Set<String> references = new HashSet<>();
      for (Future<String> result : results) {
        references.add(result.get());
      }
      assertThat(references).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    List<Object> found =
        as("handler").queryParam("q", "ord-" + marker).get("/complaints").path("items");
    assertThat(found).hasSize(1);
  }

  @Test
  void overlongKeyIsRefused() {
    as("integration")
        .header("Idempotency-Key", "k".repeat(256))
        .body(Api.complaint(Api.marker()))
        .post("/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("Idempotency-Key"));
  }
}
