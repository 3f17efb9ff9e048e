package org.redress.plugins.qmsrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.spi.ConnectorException;
import org.redress.spi.PluginSettings;
import org.redress.spi.QmsAction;
import org.redress.spi.QmsConnector;
import org.redress.spi.QmsNonconformity;
import org.redress.spi.QmsStatus;

/** The connector against a QMS stand-in on loopback that answers what each test tells it to. */
class RestQmsConnectorTest {

  private record Call(String method, String path, Map<String, List<String>> headers, String body) {}

  private record Answer(int status, String body) {}

  private HttpServer qms;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile Answer answer = new Answer(200, "{}");

  @BeforeEach
  void startQms() throws IOException {
    qms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    qms.createContext("/api", this::handle);
    qms.start();
  }

  @AfterEach
  void stopQms() {
    qms.stop(0);
  }

  @Test
  void theFirstPushCreatesTheRecordWithTheReferenceAsIdempotencyKey() throws Exception {
    answer = new Answer(201, "{\"id\":\"QMS-77\"}");

    String id = connector("secret-token").push(nonconformity(), null);

    assertThat(id).isEqualTo("QMS-77");
    Call call = calls.get(0);
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.path()).isEqualTo("/api/nonconformities");
    assertThat(call.headers().get("Idempotency-key")).containsExactly("NC-2026-00042");
    assertThat(call.headers().get("Authorization")).containsExactly("Bearer secret-token");
    assertThat(call.body())
        .contains("\"reference\":\"NC-2026-00042\"")
        .contains("\"complaints\":[\"CMP-2026-000001\",\"CMP-2026-000002\"]")
        .contains("\"dueOn\":\"2026-12-01\"")
        .contains("\"title\":\"Seal \\\"B\\\" leaks ✓\"");
  }

  @Test
  void laterPushesReplaceTheRecordTheyCreated() throws Exception {
    answer = new Answer(204, "");

    String id = connector(null).push(nonconformity(), "QMS 77");

    assertThat(id).isEqualTo("QMS 77");
    assertThat(calls.get(0).method()).isEqualTo("PUT");
    assertThat(calls.get(0).path()).isEqualTo("/api/nonconformities/QMS%2077");
    assertThat(calls.get(0).headers()).doesNotContainKey("Authorization");
  }

  @Test
  void theStatusIsPulledAndAMissingRecordIsEmpty() throws Exception {
    answer =
        new Answer(
            200,
            "{\"id\":\"QMS-77\",\"status\":\"In review\",\"changedAt\":\"2026-11-20T08:00:00Z\"}");
    assertThat(connector(null).pullStatus("QMS-77"))
        .contains(new QmsStatus("QMS-77", "In review", Instant.parse("2026-11-20T08:00:00Z")));

    answer = new Answer(404, "");
    assertThat(connector(null).pullStatus("QMS-78")).isEmpty();
  }

  @Test
  void aBusyOrBrokenQmsIsTriedAgainLater() {
    for (int status : new int[] {408, 429, 500, 503}) {
      answer = new Answer(status, "busy");
      assertThatThrownBy(() -> connector(null).push(nonconformity(), null))
          .isInstanceOfSatisfying(
              ConnectorException.class, e -> assertThat(e.permanent()).isFalse())
          .hasMessageContaining("answered " + status);
    }
  }

  @Test
  void aRefusalWaitsForTheAdministrator() {
    answer = new Answer(422, "{\"title\":\"too long\"}");
    assertThatThrownBy(() -> connector(null).push(nonconformity(), null))
        .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.permanent()).isTrue())
        .hasMessageContaining("answered 422")
        .hasMessageContaining("too long");
  }

  @Test
  void aQmsThatIsDownIsTriedAgainLater() {
    QmsConnector connector = connector(null);
    qms.stop(0);
    assertThatThrownBy(() -> connector.push(nonconformity(), null))
        .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.permanent()).isFalse());
  }

  @Test
  void anAnswerThatIsNotJsonIsARefusal() {
    answer = new Answer(201, "<html>login</html>");
    assertThatThrownBy(() -> connector(null).push(nonconformity(), null))
        .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.permanent()).isTrue());
  }

  @Test
  void theFactoryDeclaresItsSettingsAndRefusesAnOddTimeout() {
    RestQmsConnectorFactory factory = new RestQmsConnectorFactory();
    assertThat(factory.id()).isEqualTo("qms-rest");
    assertThat(factory.settings())
        .extracting(s -> s.key())
        .containsExactly("baseUrl", "apiToken", "timeoutSeconds");
    assertThatThrownBy(
            () ->
                factory.create(
                    new PluginSettings(
                        Map.of("baseUrl", "http://127.0.0.1/api", "timeoutSeconds", "0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeoutSeconds");
  }

  private QmsConnector connector(String token) {
    Map<String, String> settings =
        new java.util.HashMap<>(
            Map.of(
                "baseUrl",
                "http://127.0.0.1:" + qms.getAddress().getPort() + "/api/",
                "timeoutSeconds",
                "5"));
    if (token != null) {
      settings.put("apiToken", token);
    }
    return new RestQmsConnectorFactory().create(new PluginSettings(settings));
  }

  private static QmsNonconformity nonconformity() {
    return new QmsNonconformity(
        "NC-2026-00042",
        "Seal \"B\" leaks ✓",
        "Two complaints about leaking seals",
        "COMPLAINT",
        "MAJOR",
        "ACTION_PLAN",
        null,
        "Supplier changed the material",
        "MATERIAL",
        List.of("CMP-2026-000001", "CMP-2026-000002"),
        List.of(
            new QmsAction(
                1,
                "CORRECTIVE",
                "Inspect incoming seals",
                "qms",
                LocalDate.parse("2026-12-01"),
                "PLANNED",
                null)),
        Instant.parse("2026-11-22T10:00:00Z"));
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    calls.add(
        new Call(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders(),
            body));
    Answer now = answer;
    byte[] out = now.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(now.status(), out.length == 0 ? -1 : out.length);
    if (out.length > 0) {
      exchange.getResponseBody().write(out);
    }
    exchange.close();
  }
}
