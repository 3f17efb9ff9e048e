package org.redress.plugins.qmsrest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.redress.spi.ConnectorException;
import org.redress.spi.QmsAction;
import org.redress.spi.QmsConnector;
import org.redress.spi.QmsNonconformity;
import org.redress.spi.QmsStatus;

/** Speaks the REST protocol described in the package documentation. */
final class RestQmsConnector implements QmsConnector {

  private final URI base;
  private final String token;
  private final Duration timeout;
  private final HttpClient client;

  RestQmsConnector(URI base, String token, Duration timeout) {
    this.base = base;
    this.token = token;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String push(QmsNonconformity nonconformity, String externalId) throws ConnectorException {
    String body = json(nonconformity).toString();
    HttpRequest.Builder request;
    if (externalId == null) {
      request =
          request("nonconformities")
              .header("Idempotency-Key", nonconformity.reference())
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      request =
          request("nonconformities/" + encode(externalId))
              .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = send(request.header("Content-Type", "application/json"));
    refuseUnlessSuccessful(response);
    if (externalId != null) {
      return externalId;
    }
    return read(response).getString("id", null);
  }

  @Override
  public Optional<QmsStatus> pullStatus(String externalId) throws ConnectorException {
    HttpResponse<String> response = send(request("nonconformities/" + encode(externalId)).GET());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    refuseUnlessSuccessful(response);
    JsonObject status = read(response);
    return Optional.of(
        new QmsStatus(
            status.getString("id", externalId),
            status.getString("status", null),
            instant(status.getString("changedAt", null))));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws ConnectorException {
    HttpRequest built = request.build();
    try {
      return client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException unreachable) {
      throw ConnectorException.temporary(
          built.method() + " " + built.uri() + " failed: " + describe(unreachable), unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw ConnectorException.temporary("Interrupted while calling the QMS", interrupted);
    }
  }

  private static void refuseUnlessSuccessful(HttpResponse<String> response)
      throws ConnectorException {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    String what =
        response.request().method()
            + " "
            + response.request().uri()
            + " answered "
            + status
            + (response.body() == null || response.body().isBlank()
                ? ""
                : ": " + abbreviate(response.body()));
    if (status == 408 || status == 429 || status >= 500) {
      throw ConnectorException.temporary(what, null);
    }
    throw ConnectorException.refused(what);
  }

  private static JsonObject read(HttpResponse<String> response) throws ConnectorException {
    try {
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (JsonException | IllegalStateException notJson) {
      throw ConnectorException.refused(
          "The QMS did not answer with a JSON object: " + abbreviate(response.body()));
    }
  }

  static JsonObject json(QmsNonconformity nc) {
    JsonArrayBuilder complaints = Json.createArrayBuilder();
    nc.complaints().forEach(complaints::add);
    JsonArrayBuilder actions = Json.createArrayBuilder();
    for (QmsAction a : nc.actions()) {
      JsonObjectBuilder action =
          Json.createObjectBuilder()
              .add("number", a.number())
              .add("type", a.type())
              .add("status", a.status());
      add(action, "description", a.description());
      add(action, "owner", a.owner());
      add(action, "dueOn", a.dueOn() == null ? null : a.dueOn().toString());
      add(action, "evidence", a.evidence());
      actions.add(action);
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("reference", nc.reference())
            .add("source", nc.source())
            .add("severity", nc.severity())
            .add("status", nc.status());
    add(json, "title", nc.title());
    add(json, "description", nc.description());
    add(json, "containment", nc.containment());
    add(json, "rootCause", nc.rootCause());
    add(json, "rootCauseCategory", nc.rootCauseCategory());
    return json.add("complaints", complaints)
        .add("actions", actions)
        .add("sentAt", nc.sentAt().toString())
        .build();
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException notATime) {
      return null;
    }
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 299) + "…";
  }
}
