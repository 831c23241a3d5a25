package app.rebound.activities.intercom;

import static app.rebound.activities.intercom.IntercomJson.epochSeconds;
import static app.rebound.activities.intercom.IntercomJson.intOrNull;
import static app.rebound.activities.intercom.IntercomJson.longOrNull;
import static app.rebound.activities.intercom.IntercomJson.text;

import app.rebound.workflows.activities.IntercomActivities;
import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.ConversationContext.Message;
import app.rebound.workflows.model.Rating;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads conversation context from Intercom for the alert, and rated conversations for the
 * reconciliation. Without an access token it reads nothing.
 *
 * <p>Failures reach Temporal as {@link ApplicationFailure}s: a rate limit is retried once
 * Intercom's window resets, an outage is retried with the activity's retry policy, and a refused
 * request (401, 403, 404...) is non-retryable with type {@value #PERMANENT_ERROR}.
 */
public class IntercomActivitiesImpl implements IntercomActivities {

  public static final String PERMANENT_ERROR = "IntercomPermanentError";
  public static final String RATE_LIMITED = "IntercomRateLimited";
  public static final String UNAVAILABLE = "IntercomUnavailable";

  /** How many of the last customer and teammate messages the alert shows. */
  public static final int MESSAGE_LIMIT = 5;

  private static final Logger log = LoggerFactory.getLogger(IntercomActivitiesImpl.class);

  private static final Set<String> CUSTOMER_TYPES = Set.of("user", "lead", "contact");
  private static final Duration MIN_RETRY_DELAY = Duration.ofSeconds(1);

  private final IntercomClient client;
  private final Clock clock;

  public IntercomActivitiesImpl(IntercomClient client) {
    this(client, Clock.systemUTC());
  }

  public IntercomActivitiesImpl(IntercomClient client, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ConversationContext conversationContext(ContextRequest request) {
    if (!client.hasAccessToken()) {
      return ConversationContext.EMPTY;
    }
    return translatingFailures(() -> readContext(request));
  }

  @Override
  public List<Rating> ratingsSince(RatingWindow window) {
    return ratingsSince(window.since(), window.until());
  }

  /**
   * The ratings Intercom recorded in {@code [since, until)}, for the reconciliation; none without
   * an access token. Fails with the same {@link ApplicationFailure}s as the activity.
   */
  public List<Rating> ratingsSince(Instant since, Instant until) {
    if (!client.hasAccessToken()) {
      return List.of();
    }
    return translatingFailures(() -> client.searchRatedConversations(since, until));
  }

  private ConversationContext readContext(ContextRequest request) {
    JsonNode conversation = client.getConversation(request.conversationId());
    JsonNode source = conversation.path("source");

    String customerName = null;
    String customerEmail = null;
    if (request.customerId() != null) {
      JsonNode person = customerRecord(request.customerId(), source.path("author"));
      customerName = text(person, "name");
      customerEmail = text(person, "email");
    }
    String teammateName = null;
    if (request.teammateId() != null) {
      teammateName = text(lookupOrMissing(() -> client.getAdmin(request.teammateId())), "name");
    }

    JsonNode statistics = conversation.path("statistics");
    return new ConversationContext(
        subject(conversation),
        lastMessages(conversation),
        longOrNull(statistics, "time_to_admin_reply"),
        intOrNull(statistics, "count_reopens"),
        tags(conversation),
        customerName,
        customerEmail,
        teammateName);
  }

  /** The source author when it is this customer and names them fully; otherwise the contact. */
  private JsonNode customerRecord(String customerId, JsonNode author) {
    boolean complete =
        customerId.equals(text(author, "id"))
            && text(author, "name") != null
            && text(author, "email") != null;
    return complete ? author : lookupOrMissing(() -> client.getContact(customerId));
  }

  /**
   * A deleted contact or admin must not keep the alert from going out, so a 404 on these side
   * lookups leaves their fields empty.
   */
  private static JsonNode lookupOrMissing(Supplier<JsonNode> lookup) {
    try {
      return lookup.get();
    } catch (IntercomRequestException e) {
      if (e.status() != 404) {
        throw e;
      }
      log.warn("Intercom has no such record; the alert goes out without it: {}", e.getMessage());
      return MissingNode.getInstance();
    }
  }

  private static String subject(JsonNode conversation) {
    String subject = PlainText.of(text(conversation.path("source"), "subject"));
    return subject != null ? subject : PlainText.of(text(conversation, "title"));
  }

  /**
   * The opening message and the {@code comment} parts by customers and teammates, oldest first.
   * Notes, assignments, bot messages and other parts the customer never saw are left out.
   */
  private static List<Message> lastMessages(JsonNode conversation) {
    List<Message> messages = new ArrayList<>();
    JsonNode source = conversation.path("source");
    Instant openedAt = epochSeconds(conversation, "created_at");
    addMessage(messages, source, openedAt == null ? 0 : openedAt.getEpochSecond());
    for (JsonNode part : conversation.path("conversation_parts").path("conversation_parts")) {
      if ("comment".equals(text(part, "part_type"))) {
        Instant at = epochSeconds(part, "created_at");
        addMessage(messages, part, at == null ? 0 : at.getEpochSecond());
      }
    }
    messages.sort(Comparator.comparingLong(Message::at));
    return List.copyOf(
        messages.subList(Math.max(0, messages.size() - MESSAGE_LIMIT), messages.size()));
  }

  private static void addMessage(List<Message> messages, JsonNode node, long at) {
    JsonNode author = node.path("author");
    String type = text(author, "type");
    String role;
    if ("admin".equals(type)) {
      role = "teammate";
    } else if (CUSTOMER_TYPES.contains(type)) {
      role = "customer";
    } else {
      return;
    }
    String body = PlainText.of(text(node, "body"));
    if (body != null) {
      messages.add(new Message(role, text(author, "name"), body, at));
    }
  }

  private static List<String> tags(JsonNode conversation) {
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : conversation.path("tags").path("tags")) {
      String name = text(tag, "name");
      if (name != null) {
        tags.add(name);
      }
    }
    return List.copyOf(tags);
  }

  private <T> T translatingFailures(Supplier<T> call) {
    try {
      return call.get();
    } catch (IntercomRateLimitedException e) {
      Duration wait = Duration.between(clock.instant(), e.resetAt());
      throw ApplicationFailure.newBuilder()
          .setType(RATE_LIMITED)
          .setMessage(e.getMessage())
          .setNextRetryDelay(wait.compareTo(MIN_RETRY_DELAY) < 0 ? MIN_RETRY_DELAY : wait)
          .setCause(e)
          .build();
    } catch (IntercomUnavailableException e) {
      throw ApplicationFailure.newBuilder()
          .setType(UNAVAILABLE)
          .setMessage(e.getMessage())
          .setCause(e)
          .build();
    } catch (IntercomRequestException e) {
      throw ApplicationFailure.newBuilder()
          .setType(PERMANENT_ERROR)
          .setMessage(e.getMessage())
          .setDetails(e.status())
          .setNonRetryable(true)
          .setCause(e)
          .build();
    }
  }
}
