package app.rebound.activities.intercom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.activities.IntercomActivities.ContextRequest;
import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.ConversationContext.Message;
import app.rebound.workflows.model.Rating;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntercomActivitiesImplTest {

  private static final String MARA = "6781aa0c2b3f4d5e6f7a8b90";
  private static final String TOMAS = "6781aa0c2b3f4d5e6f7a8c11";
  private static final String PRIYA = "814400221";
  private static final Instant NOW = Instant.ofEpochSecond(1764770700);

  private FakeIntercom intercom;
  private IntercomActivitiesImpl activities;

  @BeforeEach
  void start() throws Exception {
    intercom = new FakeIntercom();
    activities =
        new IntercomActivitiesImpl(
            new IntercomClient(intercom.baseUrl(), "tok"), Clock.fixed(NOW, ZoneOffset.UTC));
    intercom.onResource(
        "GET", "/conversations/310045667781234", "conversation-310045667781234.json");
    intercom.onResource(
        "GET", "/conversations/310045667789876", "conversation-310045667789876.json");
    intercom.onResource("GET", "/contacts/" + TOMAS, "contact-" + TOMAS + ".json");
    intercom.onResource("GET", "/admins/" + PRIYA, "admin-" + PRIYA + ".json");
  }

  @AfterEach
  void stop() {
    intercom.close();
  }

  @Test
  void contextHasSubjectStatisticsTagsAndTeammate() {
    ConversationContext context =
        activities.conversationContext(new ContextRequest("310045667781234", MARA, PRIYA));

    assertThat(context.subject()).isEqualTo("Charged twice & no refund");
    assertThat(context.secondsToFirstReply()).isEqualTo(400L);
    assertThat(context.reopens()).isEqualTo(2);
    assertThat(context.tags()).containsExactly("billing", "refund");
    assertThat(context.teammateName()).isEqualTo("Priya Raman");
    assertThat(context.customerName()).isEqualTo("Mara Okafor");
    assertThat(context.customerEmail()).isEqualTo("mara.okafor@example.net");
  }

  @Test
  void contextHasTheLastFiveCustomerAndTeammateMessagesAsPlainTextOldestFirst() {
    ConversationContext context =
        activities.conversationContext(new ContextRequest("310045667781234", MARA, PRIYA));

    assertThat(context.messages())
        .containsExactly(
            new Message("customer", "Mara Okafor", "Hello? Anyone there?", 1764767200),
            new Message(
                "teammate",
                "Priya Raman",
                "Sorry for the wait, Mara.\nI'm checking with billing & will be back shortly.",
                1764767500),
            new Message("customer", "Mara Okafor", "Still waiting 3 days later", 1764767800),
            new Message(
                "teammate",
                "Priya Raman",
                "The refund is issued.\nIt takes 5 days to show.",
                1764767900),
            new Message(
                "customer", "Mara Okafor", "No refund yet 😡 this is the third time", 1764770000));
  }

  @Test
  void internalNotesBotMessagesAndClosingPartsNeverShowUp() {
    ConversationContext context =
        activities.conversationContext(new ContextRequest("310045667781234", MARA, PRIYA));

    assertThat(context.messages())
        .extracting(Message::text)
        .noneMatch(text -> text.contains("Internal") || text.contains("finance"))
        .noneMatch(text -> text.contains("anything else"))
        .noneMatch(text -> text.contains("Closing"))
        .noneMatch(text -> text.contains("<") || text.contains("&amp;"));
  }

  @Test
  void customerNamedFullyInTheConversationNeedsNoContactLookup() {
    activities.conversationContext(new ContextRequest("310045667781234", MARA, null));

    assertThat(intercom.paths()).containsExactly("/conversations/310045667781234");
  }

  @Test
  void leadWithoutEmailIsLookedUpAndKeepsANullEmail() {
    ConversationContext context =
        activities.conversationContext(new ContextRequest("310045667789876", TOMAS, null));

    assertThat(intercom.paths())
        .containsExactly("/conversations/310045667789876", "/contacts/" + TOMAS);
    assertThat(context.customerName()).isEqualTo("Tomás Lindqvist");
    assertThat(context.customerEmail()).isNull();
    assertThat(context.teammateName()).isNull();
    assertThat(context.subject()).isNull();
    assertThat(context.secondsToFirstReply()).isNull();
    assertThat(context.reopens()).isZero();
    assertThat(context.tags()).isEmpty();
    assertThat(context.messages())
        .containsExactly(
            new Message("customer", null, "Where is my order?", 1764767700),
            new Message("teammate", "Priya Raman", "It shipped yesterday.", 1764768000));
  }

  @Test
  void deletedTeammateLeavesTheNameEmptyInsteadOfFailing() {
    ConversationContext context =
        activities.conversationContext(new ContextRequest("310045667781234", MARA, "814400999"));

    assertThat(context.teammateName()).isNull();
    assertThat(context.tags()).containsExactly("billing", "refund");
  }

  @Test
  void withoutAccessTokenTheContextIsEmptyAndIntercomIsNotCalled() {
    IntercomActivitiesImpl anonymous =
        new IntercomActivitiesImpl(new IntercomClient(intercom.baseUrl(), null));

    ConversationContext context =
        anonymous.conversationContext(new ContextRequest("310045667781234", MARA, PRIYA));

    assertThat(context).isSameAs(ConversationContext.EMPTY);
    assertThat(anonymous.ratingsSince(NOW.minusSeconds(900), NOW)).isEmpty();
    assertThat(intercom.requests()).isEmpty();
  }

  @Test
  void rateLimitIsRetriedWhenIntercomsWindowResets() {
    intercom.on(
        "GET",
        "/conversations/310045667781234",
        new FakeIntercom.Reply(
            429,
            Map.of("X-RateLimit-Reset", Long.toString(NOW.getEpochSecond() + 7)),
            "{\"type\":\"error.list\",\"errors\":[{\"code\":\"rate_limit_exceeded\",\"message\":\"Exceeded rate limit\"}]}"));

    assertThatThrownBy(
            () ->
                activities.conversationContext(new ContextRequest("310045667781234", MARA, PRIYA)))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.isNonRetryable()).isFalse();
              assertThat(failure.getType()).isEqualTo("IntercomRateLimited");
              assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
            });
  }

  @Test
  void rateLimitWithAPastResetStillWaitsASecond() {
    intercom.on(
        "GET",
        "/conversations/310045667781234",
        new FakeIntercom.Reply(
            429, Map.of("X-RateLimit-Reset", Long.toString(NOW.getEpochSecond() - 5)), "{}"));

    assertThatThrownBy(
            () ->
                activities.conversationContext(new ContextRequest("310045667781234", MARA, PRIYA)))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> assertThat(failure.getNextRetryDelay()).isPositive());
  }

  @Test
  void serverErrorIsARetryableFailure() {
    intercom.on(
        "GET", "/conversations/310045667781234", new FakeIntercom.Reply(503, Map.of(), "{}"));

    assertThatThrownBy(
            () ->
                activities.conversationContext(new ContextRequest("310045667781234", MARA, PRIYA)))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.isNonRetryable()).isFalse();
              assertThat(failure.getType()).isEqualTo("IntercomUnavailable");
              assertThat(failure.getNextRetryDelay()).isNull();
            });
  }

  @Test
  void unknownConversationIsANonRetryablePermanentError() {
    assertThatThrownBy(
            () -> activities.conversationContext(new ContextRequest("404404404", MARA, PRIYA)))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.isNonRetryable()).isTrue();
              assertThat(failure.getType()).isEqualTo("IntercomPermanentError");
              assertThat(failure.getMessage()).contains("404");
            });
  }

  @Test
  void ratingsSinceReadsTheSearch() {
    intercom.onResource("POST", "/conversations/search", "search-page-2.json");

    List<Rating> ratings = activities.ratingsSince(NOW.minusSeconds(900), NOW);

    assertThat(ratings).extracting(Rating::conversationId).containsExactly("310045667785555");
    assertThat(ratings.get(0).score()).isEqualTo(5);
  }
}
