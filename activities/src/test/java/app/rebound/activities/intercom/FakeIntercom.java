package app.rebound.activities.intercom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local stand-in for Intercom's REST API 2.x on 127.0.0.1: canned answers by method and path, and
 * every request it received. An unknown path answers 404 with Intercom's error list.
 */
final class FakeIntercom implements AutoCloseable {

  record Request(String method, String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  record Reply(int status, Map<String, String> headers, String body) {
    static Reply json(String body) {
      return new Reply(200, Map.of(), body);
    }
  }

  private static final String NOT_FOUND =
      "{\"type\":\"error.list\",\"request_id\":\"req-404\","
          + "\"errors\":[{\"code\":\"not_found\",\"message\":\"Resource Not Found\"}]}";

  private final HttpServer server;
  private final Map<String, Function<Request, Reply>> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  FakeIntercom() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void on(String method, String path, Function<Request, Reply> responder) {
    routes.put(method + " " + path, responder);
  }

  void on(String method, String path, Reply reply) {
    on(method, path, request -> reply);
  }

  /** Answers 200 with a JSON file from the test resources under {@code /intercom/}. */
  void onResource(String method, String path, String resource) {
    on(method, path, Reply.json(resource(resource)));
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  List<String> paths() {
    return requests.stream().map(Request::path).toList();
  }

  static String resource(String name) {
    try (InputStream in = FakeIntercom.class.getResourceAsStream("/intercom/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /intercom/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              Map.copyOf(exchange.getRequestHeaders()),
              body);
      requests.add(request);

      Function<Request, Reply> responder = routes.get(request.method() + " " + request.path());
      Reply reply =
          responder == null ? new Reply(404, Map.of(), NOT_FOUND) : responder.apply(request);

      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      reply.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
