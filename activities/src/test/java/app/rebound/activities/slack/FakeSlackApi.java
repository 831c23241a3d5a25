package app.rebound.activities.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Slack's Web API: answers chat.postMessage, chat.update, chat.postEphemeral
 * and views.open as Slack does, records every request, and can be told to fail the next calls.
 */
final class FakeSlackApi implements AutoCloseable {
  record Request(
      String method,
      String authorization,
      String contentType,
      String body,
      Map<String, String> form) {}

  private record Canned(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Deque<Canned> canned = new ArrayDeque<>();
  private final AtomicLong seq = new AtomicLong(100);

  FakeSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/", this::handle);
    server.start();
  }

  /** The base URL to give the gateway, ending in {@code /}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The next call gets this answer instead of a success. */
  synchronized void failNext(int status, Map<String, String> headers, String body) {
    canned.add(new Canned(status, headers, body));
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    Map<String, String> form =
        contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
            ? FormBody.decode(body)
            : Map.of();
    requests.add(
        new Request(
            method,
            exchange.getRequestHeaders().getFirst("Authorization"),
            contentType,
            body,
            form));

    Canned answer;
    synchronized (this) {
      answer = canned.poll();
    }
    if (answer == null) {
      answer = new Canned(200, Map.of(), success(method, form));
    }
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String success(String method, Map<String, String> form) {
    String channel = form.getOrDefault("channel", "C0UNKNOWN");
    if (channel.startsWith("U")) {
      channel = "D0DM" + channel.substring(1);
    }
    return switch (method) {
      case "chat.postMessage" ->
          "{\"ok\":true,\"channel\":\""
              + channel
              + "\",\"ts\":\"1733230000."
              + String.format("%06d", seq.incrementAndGet())
              + "\",\"message\":{\"type\":\"message\",\"text\":\"\"}}";
      case "chat.update" ->
          "{\"ok\":true,\"channel\":\""
              + channel
              + "\",\"ts\":\""
              + form.get("ts")
              + "\",\"text\":\"\"}";
      case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1733230001.000200\"}";
      case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V0FAKE\",\"type\":\"modal\"}}";
      default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
