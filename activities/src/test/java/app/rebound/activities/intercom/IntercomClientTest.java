package app.rebound.activities.intercom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Rating;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntercomClientTest {

  private static final String TOKEN = "dG9rOmFiYzEyMw==";

  private final ObjectMapper json = new ObjectMapper();
  private FakeIntercom intercom;
  private IntercomClient client;

  @BeforeEach
  void start() throws Exception {
    intercom = new FakeIntercom();
    client = new IntercomClient(intercom.baseUrl(), TOKEN);
  }

  @AfterEach
  void stop() {
    intercom.close();
  }

  @Test
  void sendsTheBearerTokenAndTheApiVersion() {
    intercom.onResource("GET", "/admins/814400221", "admin-814400221.json");

    JsonNode admin = client.getAdmin("814400221");

    assertThat(admin.path("name").asText()).isEqualTo("Priya Raman");
    FakeIntercom.Request request = intercom.requests().get(0);
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.header("Intercom-Version")).isEqualTo("2.11");
    assertThat(request.header("Accept")).isEqualTo("application/json");
  }

  @Test
  void trailingSlashInTheBaseUrlIsIgnored() {
    intercom.onResource(
        "GET", "/contacts/6781aa0c2b3f4d5e6f7a8c11", "contact-6781aa0c2b3f4d5e6f7a8c11.json");
    IntercomClient slashed = new IntercomClient(URI.create(intercom.baseUrl() + "/"), TOKEN);

    JsonNode contact = slashed.getContact("6781aa0c2b3f4d5e6f7a8c11");

    assertThat(contact.path("role").asText()).isEqualTo("lead");
    assertThat(intercom.paths()).containsExactly("/contacts/6781aa0c2b3f4d5e6f7a8c11");
  }

  @Test
  void tooManyRequestsCarriesTheResetTime() {
    intercom.on(
        "GET",
        "/conversations/310045667781234",
        new FakeIntercom.Reply(
            429,
            Map.of(
                "X-RateLimit-Limit",
                "1000",
                "X-RateLimit-Remaining",
                "0",
                "X-RateLimit-Reset",
                "1764770730"),
            "{\"type\":\"error.list\",\"errors\":[{\"code\":\"rate_limit_exceeded\",\"message\":\"Exceeded rate limit\"}]}"));

    assertThatThrownBy(() -> client.getConversation("310045667781234"))
        .isInstanceOfSatisfying(
            IntercomRateLimitedException.class,
            e -> assertThat(e.resetAt()).isEqualTo(Instant.ofEpochSecond(1764770730)));
  }

  @Test
  void serverErrorIsUnavailable() {
    intercom.on(
        "GET",
        "/conversations/310045667781234",
        new FakeIntercom.Reply(500, Map.of(), "{\"type\":\"error.list\",\"errors\":[]}"));

    assertThatThrownBy(() -> client.getConversation("310045667781234"))
        .isInstanceOf(IntercomUnavailableException.class)
        .hasMessageContaining("500");
  }

  @Test
  void unreachableServerIsUnavailable() {
    URI base = intercom.baseUrl();
    intercom.close();
    IntercomClient closed = new IntercomClient(base, TOKEN);

    assertThatThrownBy(() -> closed.getConversation("310045667781234"))
        .isInstanceOf(IntercomUnavailableException.class);
  }

  @Test
  void notFoundIsAPermanentRequestError() {
    assertThatThrownBy(() -> client.getConversation("999"))
        .isInstanceOfSatisfying(
            IntercomRequestException.class, e -> assertThat(e.status()).isEqualTo(404))
        .hasMessageContaining("not_found");
  }

  @Test
  void unauthorizedIsAPermanentRequestError() {
    intercom.on(
        "GET",
        "/admins/814400221",
        new FakeIntercom.Reply(
            401,
            Map.of(),
            "{\"type\":\"error.list\",\"errors\":[{\"code\":\"unauthorized\",\"message\":\"Access Token Invalid\"}]}"));

    assertThatThrownBy(() -> client.getAdmin("814400221"))
        .isInstanceOfSatisfying(
            IntercomRequestException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void searchFollowsTheCursorAcrossPages() throws Exception {
    String cursor = "WzE3NjQ3NzA1ODAwMDAsMzEwMDQ1NjY3NzgxMjM0LDJd";
    intercom.on(
        "POST",
        "/conversations/search",
        request -> {
          String page = readJson(request.body()).path("pagination").path("starting_after").asText();
          return FakeIntercom.Reply.json(
              FakeIntercom.resource(
                  page.equals(cursor) ? "search-page-2.json" : "search-page-1.json"));
        });
    Instant since = Instant.ofEpochSecond(1764770000);
    Instant until = Instant.ofEpochSecond(1764771900);

    List<Rating> ratings = client.searchRatedConversations(since, until);

    assertThat(ratings)
        .extracting(Rating::conversationId)
        .containsExactly("310045667781234", "310045667789876", "310045667785555");
    assertThat(ratings)
        .allSatisfy(
            rating -> {
              assertThat(rating.source()).isEqualTo("reconciliation");
              assertThat(rating.notificationId()).isNull();
            });
    assertThat(ratings.get(1))
        .isEqualTo(
            new Rating(
                null,
                "310045667789876",
                2,
                "",
                Instant.ofEpochSecond(1764771180),
                Instant.ofEpochSecond(1764771300),
                new Customer("6781aa0c2b3f4d5e6f7a8c11", null, "Tomás Lindqvist", null),
                null,
                true,
                "reconciliation"));

    List<FakeIntercom.Request> searches = intercom.requests();
    assertThat(searches).hasSize(2);
    JsonNode first = readJson(searches.get(0).body());
    assertThat(first.path("pagination").has("starting_after")).isFalse();
    assertThat(readJson(searches.get(1).body()).path("pagination").path("starting_after").asText())
        .isEqualTo(cursor);
    assertThat(first.path("query"))
        .isEqualTo(
            readJson(
                """
                {"operator": "AND", "value": [
                  {"field": "conversation_rating.replied_at", "operator": ">", "value": 1764769999},
                  {"field": "conversation_rating.replied_at", "operator": "<", "value": 1764771900}]}
                """));
    assertThat(searches.get(0).header("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void clientWithoutTokenMakesNoCalls() {
    IntercomClient anonymous =
        IntercomClient.fromEnvironment(Map.of("INTERCOM_API_URL", intercom.baseUrl().toString()));

    assertThat(anonymous.hasAccessToken()).isFalse();
    assertThatThrownBy(() -> anonymous.getAdmin("814400221"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(intercom.requests()).isEmpty();
  }

  private JsonNode readJson(String body) {
    try {
      return json.readTree(body);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
