package app.rebound.api.testing;

import app.rebound.activities.slack.FormBody;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A local stand-in for Slack's Web API, speaking its wire format: form-encoded requests to {@code
 * /api/<method>} answered with {@code {"ok":true,...}}. It records every request with the moment it
 * arrived.
 */
public final class FakeSlack implements AutoCloseable {
  public static final String BOT_TOKEN = "xoxb-test-token";

  /** One Web API call as Slack would have received it. */
  public record Request(
      String method,
      String authorization,
      Map<String, String> form,
      String answer,
      long arrivedNanos) {

    public String channel() {
      return form.getOrDefault("channel", "");
    }

    /** The text, blocks and view of the call together, for looking things up in it. */
    public String content() {
      return form.getOrDefault("text", "")
          + "\n"
          + form.getOrDefault("blocks", "")
          + "\n"
          + form.getOrDefault("view", "");
    }

    /** The {@code ts} that the fake gave a posted message. */
    public String ts() {
      int at = answer.indexOf("\"ts\":\"");
      return at < 0 ? null : answer.substring(at + 6, answer.indexOf('"', at + 6));
    }

    /** The channel that the fake said a message landed in: a DM channel for a user id. */
    public String landedIn() {
      int at = answer.indexOf("\"channel\":\"");
      return at < 0 ? null : answer.substring(at + 11, answer.indexOf('"', at + 11));
    }

    public boolean isTopLevel() {
      return !form.containsKey("thread_ts");
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicLong seq = new AtomicLong(100);

  public FakeSlack() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/api/", this::handle);
    server.start();
  }

  /** {@code SLACK_API_URL}: the base of the Web API, ending in {@code /}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> requests(String method, Predicate<Request> matching) {
    return requests.stream().filter(r -> r.method().equals(method)).filter(matching).toList();
  }

  /** The first call of {@code method} that matches, waiting up to {@code timeout} for it. */
  public Request await(String method, Predicate<Request> matching, Duration timeout) {
    return Poll.until(
        timeout,
        "a " + method + " call matching the test's condition; calls so far: " + summary(),
        () -> requests(method, matching).stream().findFirst().orElse(null));
  }

  /** The alert of a case: a top-level post whose Claim button carries the case id. */
  public static Predicate<Request> alertOf(String caseId) {
    return r ->
        r.isTopLevel()
            && r.form().getOrDefault("blocks", "").contains("\"action_id\":\"claim\"")
            && r.form().getOrDefault("blocks", "").contains("\"value\":\"" + caseId + "\"");
  }

  public String summary() {
    StringBuilder text = new StringBuilder();
    for (Request r : requests) {
      text.append("\n  ").append(r.method()).append(" channel=").append(r.channel());
      String plain = r.form().getOrDefault("text", "");
      text.append(" text=").append(plain, 0, Math.min(plain.length(), 120));
    }
    return text.toString();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long arrived = System.nanoTime();
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> form = FormBody.decode(body);
    String answer = answer(method, form);
    requests.add(
        new Request(
            method, exchange.getRequestHeaders().getFirst("Authorization"), form, answer, arrived));
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String answer(String method, Map<String, String> form) {
    String channel = form.getOrDefault("channel", "C0UNKNOWN");
    if (channel.startsWith("U")) {
      channel = "D" + channel.substring(1);
    }
    return switch (method) {
      case "chat.postMessage" ->
          "{\"ok\":true,\"channel\":\""
              + channel
              + "\",\"ts\":\"1764770000."
              + String.format("%06d", seq.incrementAndGet())
              + "\",\"message\":{\"type\":\"message\",\"text\":\"\"}}";
      case "chat.update" ->
          "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + form.get("ts") + "\"}";
      case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1764770001.000200\"}";
      case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V0FAKE\",\"type\":\"modal\"}}";
      default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
