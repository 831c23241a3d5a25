package app.rebound.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Real HTTP calls to a running Rebound, as Intercom, Slack and the dashboard make them. */
public final class ReboundClient {
  public static final Duration WAIT = Duration.ofSeconds(10);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String token;

  public ReboundClient(int port) {
    this(port, null);
  }

  /** A client that sends {@code Authorization: Bearer <token>} to {@code /api/*}. */
  public ReboundClient(int port, String token) {
    this.base = URI.create("http://127.0.0.1:" + port);
    this.token = token;
  }

  public HttpResponse<String> webhook(byte[] body, String signature) {
    HttpRequest.Builder request =
        request("/webhooks/intercom")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header(Intercom.SIGNATURE_HEADER, signature);
    }
    return send(request.build());
  }

  public HttpResponse<String> postWithHeader(
      String path, byte[] body, String header, String value) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  public HttpResponse<String> signedWebhook(byte[] body) {
    return webhook(body, Intercom.sign(body));
  }

  public HttpResponse<String> signedWebhook(ObjectNode delivery) {
    return signedWebhook(Intercom.bytes(delivery));
  }

  public HttpResponse<String> slack(byte[] body, String timestamp, String signature) {
    return send(
        request("/slack/interactions")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(Slack.TIMESTAMP_HEADER, timestamp)
            .header(Slack.SIGNATURE_HEADER, signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** Posts the payload as Slack would now, signed with the test signing secret. */
  public HttpResponse<String> signedSlack(ObjectNode payload) {
    byte[] body = Slack.form(payload);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    return slack(body, timestamp, Slack.sign(timestamp, body));
  }

  public HttpResponse<String> get(String path) {
    return send(withToken(request(path)).GET().build());
  }

  public HttpResponse<String> head(String path) {
    return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(
        withToken(request(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** The cases of a conversation, as {@code GET /api/cases?conversationId=} lists them. */
  public JsonNode casesOf(String conversationId) {
    HttpResponse<String> response =
        get(
            "/api/cases?conversationId="
                + URLEncoder.encode(conversationId, StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "listing cases answered " + response.statusCode() + ": " + response.body());
    }
    return json(response);
  }

  /** The case once {@code GET /api/cases/{id}} shows it in the wanted state. */
  public JsonNode awaitCase(String caseId, Predicate<JsonNode> wanted) {
    JsonNode[] last = new JsonNode[1];
    try {
      return Poll.until(
          WAIT,
          "case " + caseId + " to reach the wanted state",
          () -> {
            HttpResponse<String> response = get("/api/cases/" + caseId);
            if (response.statusCode() != 200) {
              return null;
            }
            last[0] = json(response);
            return wanted.test(last[0]) ? last[0] : null;
          });
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; last seen: " + last[0], e);
    }
  }

  public JsonNode awaitCase(String caseId) {
    return awaitCase(caseId, c -> true);
  }

  /** Starts a case with a fresh rating and waits until its row can be read. */
  public String startCase(String conversationId, int score) {
    HttpResponse<String> response =
        signedWebhook(Intercom.rating("rating-1.json", conversationId, score));
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "the webhook answered " + response.statusCode() + ": " + response.body());
    }
    String caseId = json(response).path("caseId").asText();
    awaitCase(caseId);
    return caseId;
  }

  public static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  /** Reads JSON text, such as a Block Kit view that Slack's SDK sent as a form field. */
  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15));
  }

  private HttpRequest.Builder withToken(HttpRequest.Builder request) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
