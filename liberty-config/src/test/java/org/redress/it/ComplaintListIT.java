package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.redress.it.Api.as;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists: filters, sorting and keyset pages that neither skip nor repeat a complaint. */
class ComplaintListIT {

  @Test
  void cursorPagesWalkEveryMatchOnceInOrder() {
    String marker = Api.marker();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(
          as("integration")
              .body(Api.complaint(marker))
              .post("/complaints")
              .then()
              .statusCode(201)
              .extract()
              .path("reference"));
    }
    List<String> seen = new ArrayList<>();
    List<Instant> received = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request =
          as("handler")
              .queryParam("q", marker)
              .queryParam("limit", 3)
              .queryParam("sort", "received");
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      Response page = request.get("/complaints");
      page.then().statusCode(200);
      List<String> refs = page.path("items.reference");
      List<String> times = page.path("items.receivedAt");
      seen.addAll(refs);
      times.forEach(t -> received.add(Instant.parse(t)));
      cursor = page.path("nextCursor");
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(created);
    assertThat(new HashSet<>(seen)).hasSize(7);
    assertThat(received).isSorted();
  }

  @Test
  void descendingOrderAndFilters() {
    String marker = Api.marker();
    String a = as("integration").body(Api.complaint(marker)).post("/complaints").path("reference");
    String b =
        as("integration")
            .body(Api.with(Api.complaint(marker), "category", "BILLING"))
            .post("/complaints")
            .path("reference");
    Api.ok("handler", b, "acknowledgement", Map.of());
    Api.ok("handler", b, "assessment", Api.assessment());
    Api.ok("manager", b, "assignment", Map.of("assignee", "handler"));

    List<String> desc =
        as("handler")
            .queryParam("q", marker)
            .queryParam("sort", "received")
            .queryParam("order", "desc")
            .get("/complaints")
            .path("items.reference");
    assertThat(desc).containsExactly(b, a);
    assertThat(refs(Map.of("q", marker, "category", "BILLING"))).containsExactly(b);
    assertThat(refs(Map.of("q", marker, "status", "UNDER_INVESTIGATION"))).containsExactly(b);
    assertThat(refs(Map.of("q", marker, "status", "RECEIVED,UNDER_INVESTIGATION")))
        .containsExactlyInAnyOrder(a, b);
    assertThat(refs(Map.of("q", marker, "priority", "HIGH"))).containsExactly(b);
    assertThat(refs(Map.of("q", marker, "assignee", "handler"))).containsExactly(b);
    assertThat(refs(Map.of("q", marker, "unassigned", "true"))).containsExactly(a);
    assertThat(refs(Map.of("q", marker, "open", "true"))).containsExactlyInAnyOrder(a, b);
    assertThat(refs(Map.of("q", marker, "overdue", "true"))).isEmpty();
    assertThat(refs(Map.of("q", a))).containsExactly(a);
  }

  @Test
  void demoDataCoversEveryStateAndOverdueCasesAreMarked() {
    for (String status :
        List.of(
            "RECEIVED",
            "ACKNOWLEDGED",
            "ASSESSED",
            "UNDER_INVESTIGATION",
            "RESPONSE_PROPOSED",
            "DECISION_COMMUNICATED",
            "ESCALATED",
            "REFERRED_EXTERNALLY",
            "CLOSED",
            "WITHDRAWN")) {
      assertThat(refs(Map.of("status", status))).as(status).isNotEmpty();
    }
    List<Boolean> overdue =
        as("handler").queryParam("overdue", "true").get("/complaints").path("items.overdue");
    assertThat(overdue).isNotEmpty().containsOnly(true);
  }

  @Test
  void badParametersAnswer400NamingThem() {
    as("handler")
        .queryParam("status", "NOPE")
        .get("/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    as("handler")
        .queryParam("limit", "500")
        .get("/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    as("handler")
        .queryParam("limit", "abc")
        .get("/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    as("handler")
        .queryParam("cursor", "garbage!")
        .get("/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
    as("handler")
        .queryParam("sort", "name")
        .get("/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sort"));
    as("handler")
        .queryParam("overdue", "maybe")
        .get("/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("overdue"));
  }

  private static List<String> refs(Map<String, String> query) {
    return as("handler")
        .queryParams(query)
        .queryParam("limit", 200)
        .get("/complaints")
        .then()
        .statusCode(200)
        .extract()
        .path("items.reference");
  }
}
