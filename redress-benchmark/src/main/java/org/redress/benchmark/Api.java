package org.redress.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The server's REST API as the demo users reach it (HTTP Basic, as an ERP would). */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: the status and the body. */
  record Answer(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }

    Answer expect(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(
            what + " answered " + status + " instead of " + expected + ": " + abbreviate(body));
      }
      return this;
    }

    private static String abbreviate(String text) {
      return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;

  Api(String baseUrl) {
    this.base = baseUrl + "/api/v1";
  }

  Answer get(String user, String path) throws IOException, InterruptedException {
    return send(request(user, path).GET().build());
  }

  Answer post(String user, String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return post(user, path, contentType, body, java.util.Map.of());
  }

  Answer post(
      String user,
      String path,
      String contentType,
      byte[] body,
      java.util.Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        request(user, path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request.build());
  }

  Answer postJson(String user, String path, Object body) throws IOException, InterruptedException {
    return post(user, path, "application/json", JSON.writeValueAsBytes(body));
  }

  Answer putJson(String user, String path, Object body) throws IOException, InterruptedException {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
            .build());
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials = user + ":" + user + "-demo";
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(5))
        .header("Accept", "application/json")
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }
}
