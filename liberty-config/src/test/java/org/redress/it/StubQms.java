package org.redress.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A QMS on loopback that speaks the reference REST connector's protocol and keeps what it was sent.
 * It can be stopped and started again on the same port, to play a QMS that is down, and told to
 * refuse nonconformities by title.
 */
final class StubQms implements AutoCloseable {

  /** One request the QMS received. */
  record Received(String method, String path, String idempotencyKey, JsonNode body) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, String> idByKey = new ConcurrentHashMap<>();
  private final Map<String, String> statusById = new ConcurrentHashMap<>();
  private final Set<String> refused = ConcurrentHashMap.newKeySet();
  private final AtomicInteger ids = new AtomicInteger();
  private HttpServer server;

  StubQms() throws IOException {
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port + "/qms/api";
  }

  synchronized void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/qms/api/nonconformities", this::handle);
    server.start();
  }

  synchronized void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  List<Received> received(String reference) {
    return received.stream()
        .filter(r -> r.body() != null && reference.equals(r.body().path("reference").asText()))
        .toList();
  }

  void setStatus(String id, String status) {
    statusById.put(id, status);
  }

  /** Refuses nonconformities with this title (422) until told to accept them. */
  void refuse(String title) {
    refused.add(title);
  }

  void accept(String title) {
    refused.remove(title);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String rest = path.substring("/qms/api/nonconformities".length());
    byte[] in = exchange.getRequestBody().readAllBytes();
    JsonNode body = in.length == 0 ? null : JSON.readTree(in);
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    received.add(new Received(method, path, key, body));
    if (body != null && refused.contains(body.path("title").asText())) {
      answer(exchange, 422, "{\"title\":\"The QMS refuses this nonconformity\"}");
      return;
    }
    switch (method) {
      case "POST" -> {
        String id = idByKey.computeIfAbsent(key, k -> "QMS-" + ids.incrementAndGet());
        statusById.putIfAbsent(id, "Open");
        answer(exchange, 201, "{\"id\":\"" + id + "\"}");
      }
      case "PUT" -> answer(exchange, statusById.containsKey(rest.substring(1)) ? 204 : 404, "");
      case "GET" -> {
        String id = rest.substring(1);
        String status = statusById.get(id);
        if (status == null) {
          answer(exchange, 404, "");
        } else {
          answer(exchange, 200, "{\"id\":\"" + id + "\",\"status\":\"" + status + "\"}");
        }
      }
      default -> answer(exchange, 405, "");
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] out = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
    if (out.length > 0) {
      exchange.getResponseBody().write(out);
    }
    exchange.close();
  }
}
