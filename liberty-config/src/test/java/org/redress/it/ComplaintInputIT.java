package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.redress.it.Api.as;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem document and stores nothing; good text comes back exactly. */
class ComplaintInputIT {

  @Test
  void missingDescriptionAnswers400NamingTheField() {
    String marker = Api.marker();
    Map<String, Object> body = new HashMap<>(Api.complaint(marker));
    body.remove("description");
    as("integration")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:redress:problem:invalid-input"))
        .body("title", equalTo("Invalid input"))
        .body("errors.field", hasItem("description"));
    assertNothingStoredFor("ord-" + marker);
  }

  /** One validator serves every caller: each gets the field messages in the language it asked. */
  @Test
  void fieldMessagesComeInTheLanguageEachCallerAsksFor() {
    Map<String, Object> body = new HashMap<>(Api.complaint(Api.marker()));
    body.put("description", " ");
    for (int round = 0; round < 3; round++) {
      as("integration")
          .header("Accept-Language", "de-DE, de;q=0.9")
          .body(body)
          .post("/complaints")
          .then()
          .statusCode(400)
          .body(
              "errors.find { it.field == 'description' }.message",
              equalTo("darf nicht leer sein."));
      as("integration")
          .header("Accept-Language", "en")
          .body(body)
          .post("/complaints")
          .then()
          .statusCode(400)
          .body("errors.find { it.field == 'description' }.message", equalTo("must not be blank"));
    }
  }

  @Test
  void nestedFieldErrorsNameTheirPath() {
    Map<String, Object> body = Api.complaint(Api.marker());
    body.put("complainant", Map.of("email", "not-an-email", "language", "12"));
    as("integration")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            org.hamcrest.Matchers.hasItems(
                "complainant.name", "complainant.email", "complainant.language"));
  }

  @Test
  void preferredContactNeedsItsDetail() {
    Map<String, Object> body = Api.complaint(Api.marker());
    body.put(
        "complainant",
        Map.of("name", "Pat", "email", "pat@example.com", "preferredContact", "POST"));
    as("integration")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("complainant.address"));
  }

  @Test
  void twoMegabyteDescriptionIsRefusedAndNothingIsStored() {
    String marker = Api.marker();
    Map<String, Object> body = Api.complaint(marker);
    body.put("description", "x".repeat(2 * 1024 * 1024));
    as("integration")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:redress:problem:payload-too-large"));
    assertNothingStoredFor("ord-" + marker);
  }

  @Test
  void descriptionOverTheFieldLimitIsRefused() {
    Map<String, Object> body = Api.complaint(Api.marker());
    body.put("description", "y".repeat(10_001));
    as("integration")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("description"))
        .body("errors[0].message", containsString("10000"));
  }

  @Test
  void unknownEnumValueAndMalformedJsonAnswer400() {
    Map<String, Object> body = Api.complaint(Api.marker());
    body.put("channel", "CARRIER_PIGEON");
    as("integration")
        .body(body)
        .post("/complaints")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:redress:problem:malformed-body"));
    as("integration")
        .body("{\"complainant\": ")
        .post("/complaints")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void unknownCategoryIsAFieldError() {
    as("integration")
        .body(Api.with(Api.complaint(Api.marker()), "category", "NO_SUCH"))
        .post("/complaints")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("category"));
  }

  @Test
  void wrongMediaTypeAnswers415AndUnknownThings404() {
    as("integration")
        .contentType(ContentType.TEXT)
        .body("hello")
        .post("/complaints")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    as("handler")
        .get("/complaints/CMP-1999-000001")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:redress:problem:not-found"));
    as("handler")
        .get("/no-such-resource")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void textWithQuotesNewlinesTabsAccentsAndEmojiComesBackByteIdentical() {
    String text =
        "Line one\nLine \"two\"\twith tab, accents: äöüß éèê ñ Ø, CJK 漢字, emoji 😀🎉👍🏽, backslash \\ and 'quotes'.";
    Map<String, Object> body = Api.complaint(Api.marker());
    body.put("description", text);
    body.put("remedySought", text);
    body.put(
        "complainant", Map.of("name", "Zoë O'Brien-Łukasiewicz 😀", "email", "zoe@example.com"));
    String ref =
        as("integration")
            .body(body)
            .post("/complaints")
            .then()
            .statusCode(201)
            .extract()
            .path("reference");
    Map<String, Object> stored =
        as("handler").get("/complaints/{ref}", ref).then().statusCode(200).extract().path("$");
    assertThat(stored.get("description")).isEqualTo(text);
    assertThat(stored.get("remedySought")).isEqualTo(text);
    @SuppressWarnings("unchecked")
    Map<String, Object> complainant = (Map<String, Object>) stored.get("complainant");
    assertThat(complainant.get("name")).isEqualTo("Zoë O'Brien-Łukasiewicz 😀");
  }

  private static void assertNothingStoredFor(String text) {
    List<Object> found =
        as("handler")
            .queryParam("q", text)
            .get("/complaints")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    assertThat(found).isEmpty();
  }
}
