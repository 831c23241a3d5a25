package app.rebound.activities.intercom;

import static app.rebound.activities.intercom.IntercomJson.MAPPER;
import static app.rebound.activities.intercom.IntercomJson.text;

import app.rebound.workflows.model.Rating;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small client for the parts of Intercom's REST API 2.x that Rebound reads. Thread-safe; one
 * instance per process.
 *
 * <p>Every method throws {@link IntercomRateLimitedException} on 429, {@link
 * IntercomUnavailableException} on 5xx, timeouts and I/O errors, and {@link
 * IntercomRequestException} on any other non-2xx answer (401, 403, 404...), which repeating cannot
 * fix.
 */
public final class IntercomClient {

  public static final URI DEFAULT_BASE_URL = URI.create("https://api.intercom.io");
  public static final String API_VERSION = "2.11";
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private static final Logger log = LoggerFactory.getLogger(IntercomClient.class);

  /** Intercom's search allows at most 150 per page. */
  private static final int SEARCH_PAGE_SIZE = 150;

  /** A guard against a server that keeps handing out cursors. */
  private static final int MAX_SEARCH_PAGES = 200;

  /** Intercom's rate-limit windows are 10 seconds long; used when 429 names no reset time. */
  private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(10);

  private final URI baseUrl;
  private final String accessToken;
  private final Duration requestTimeout;
  private final HttpClient http;
  private final Clock clock;

  /**
   * @param baseUrl e.g. {@link #DEFAULT_BASE_URL}; a trailing slash is ignored
   * @param accessToken the bearer token; null or blank makes a client that {@link #hasAccessToken()
   *     has none} and must not be called
   */
  public IntercomClient(URI baseUrl, String accessToken) {
    this(baseUrl, accessToken, CONNECT_TIMEOUT, REQUEST_TIMEOUT, Clock.systemUTC());
  }

  IntercomClient(
      URI baseUrl,
      String accessToken,
      Duration connectTimeout,
      Duration requestTimeout,
      Clock clock) {
    String base = baseUrl.toString();
    this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.accessToken = accessToken == null || accessToken.isBlank() ? null : accessToken.trim();
    this.requestTimeout = requestTimeout;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** From {@code INTERCOM_API_URL} and {@code INTERCOM_ACCESS_TOKEN}. */
  public static IntercomClient fromEnvironment(Map<String, String> env) {
    String url = env.get("INTERCOM_API_URL");
    URI baseUrl = url == null || url.isBlank() ? DEFAULT_BASE_URL : URI.create(url.trim());
    return new IntercomClient(baseUrl, env.get("INTERCOM_ACCESS_TOKEN"));
  }

  public boolean hasAccessToken() {
    return accessToken != null;
  }

  /** {@code GET /conversations/{id}}: the conversation with its source, parts, statistics, tags. */
  public JsonNode getConversation(String conversationId) {
    return get("/conversations/" + encode(conversationId));
  }

  /** {@code GET /contacts/{id}}: a user or lead with name and email. */
  public JsonNode getContact(String contactId) {
    return get("/contacts/" + encode(contactId));
  }

  /** {@code GET /admins/{id}}: a teammate with name and email. */
  public JsonNode getAdmin(String adminId) {
    return get("/admins/" + encode(adminId));
  }

  /**
   * The conversations rated in {@code [since, until)} (by {@code conversation_rating.replied_at},
   * whole seconds), following the search's cursor pages. A conversation whose rating cannot be
   * mapped is logged and left out rather than failing the whole batch.
   *
   * @return ratings with source {@code reconciliation} and no notification id
   */
  public List<Rating> searchRatedConversations(Instant since, Instant until) {
    List<Rating> ratings = new ArrayList<>();
    Set<String> cursorsSeen = new HashSet<>();
    String cursor = null;
    for (int page = 1; page <= MAX_SEARCH_PAGES; page++) {
      JsonNode answer = post("/conversations/search", searchQuery(since, until, cursor));
      for (JsonNode conversation : answer.path("conversations")) {
        addRating(ratings, conversation);
      }
      cursor = text(answer.path("pages").path("next"), "starting_after");
      if (cursor == null) {
        return ratings;
      }
      if (!cursorsSeen.add(cursor)) {
        log.warn("Intercom's search repeated cursor {}; stopping after page {}", cursor, page);
        return ratings;
      }
    }
    log.warn(
        "Intercom's search has more than {} pages; the rest waits for the next run",
        MAX_SEARCH_PAGES);
    return ratings;
  }

  private static void addRating(List<Rating> ratings, JsonNode conversation) {
    try {
      ratings.add(
          ConversationRatings.toRating(
              conversation, "conversation", null, ConversationRatings.RECONCILIATION));
    } catch (InvalidWebhookException e) {
      log.warn(
          "Skipping conversation {} found by reconciliation: {}",
          text(conversation, "id"),
          e.getMessage());
    }
  }

  private static ObjectNode searchQuery(Instant since, Instant until, String cursor) {
    ObjectNode body = MAPPER.createObjectNode();
    ObjectNode query = body.putObject("query");
    query.put("operator", "AND");
    ArrayNode value = query.putArray("value");
    // Intercom's search has no >= or <=, so an inclusive start is "> since - 1".
    value
        .addObject()
        .put("field", "conversation_rating.replied_at")
        .put("operator", ">")
        .put("value", since.getEpochSecond() - 1);
    value
        .addObject()
        .put("field", "conversation_rating.replied_at")
        .put("operator", "<")
        .put("value", until.getEpochSecond());
    ObjectNode pagination = body.putObject("pagination");
    pagination.put("per_page", SEARCH_PAGE_SIZE);
    if (cursor != null) {
      pagination.put("starting_after", cursor);
    }
    return body;
  }

  private JsonNode get(String path) {
    return send(request(path).GET().build());
  }

  private JsonNode post(String path, JsonNode body) {
    byte[] json;
    try {
      json = MAPPER.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    if (accessToken == null) {
      throw new IllegalStateException("INTERCOM_ACCESS_TOKEN is not set; no Intercom calls");
    }
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(requestTimeout)
        .header("Authorization", "Bearer " + accessToken)
        .header("Intercom-Version", API_VERSION)
        .header("Accept", "application/json");
  }

  private JsonNode send(HttpRequest request) {
    String what = request.method() + " " + request.uri().getPath();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IntercomUnavailableException(what + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IntercomUnavailableException(what + " was interrupted", e);
    }

    int status = response.statusCode();
    if (status == 429) {
      Instant resetAt = resetAt(response);
      throw new IntercomRateLimitedException(what + " was rate-limited until " + resetAt, resetAt);
    }
    if (status >= 500) {
      throw new IntercomUnavailableException(what + " answered " + status, null);
    }
    if (status < 200 || status >= 300) {
      throw new IntercomRequestException(
          what + " answered " + status + errorDetail(response.body()), status);
    }
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new IntercomUnavailableException(what + " answered with a body that is not JSON", e);
    }
  }

  private Instant resetAt(HttpResponse<?> response) {
    OptionalLong reset =
        response.headers().firstValue("X-RateLimit-Reset").stream()
            .map(String::trim)
            .filter(value -> value.matches("\\d{1,12}"))
            .mapToLong(Long::parseLong)
            .findFirst();
    return reset.isPresent()
        ? Instant.ofEpochSecond(reset.getAsLong())
        : clock.instant().plus(DEFAULT_RATE_LIMIT_WAIT);
  }

  /** Intercom's error list ({@code {"type":"error.list","errors":[{"code","message"}]}}). */
  private static String errorDetail(byte[] body) {
    try {
      JsonNode error = MAPPER.readTree(body).path("errors").path(0);
      String code = text(error, "code");
      String message = text(error, "message");
      return code == null && message == null ? "" : ": " + code + " " + message;
    } catch (IOException e) {
      return "";
    }
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
