package app.rebound.activities.slack;

import app.rebound.workflows.activities.SlackActivities;
import app.rebound.workflows.activities.SlackRequest;
import app.rebound.workflows.model.SlackRef;
import io.temporal.failure.ApplicationFailure;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts and updates a case's Slack messages, each at most once per (case, key).
 *
 * <p>{@link #send} records the message's ts in the {@link MessageStore} right after posting and
 * looks it up before posting, so a retried or replayed activity returns the message that is already
 * there. A crash between Slack's answer and the store's write can still post twice; the window is
 * one database write wide.
 */
public final class SlackActivitiesImpl implements SlackActivities {
  /** Failure type of a network error or Slack hiccup; Temporal retries it with backoff. */
  public static final String TRANSIENT_FAILURE = "SlackTransientError";

  /** Failure type of HTTP 429; retried after the delay Slack asked for. */
  public static final String RATE_LIMITED = "SlackRateLimited";

  private static final Logger log = LoggerFactory.getLogger(SlackActivitiesImpl.class);

  private final SlackGateway gateway;
  private final MessageStore store;
  private final MessageRenderer renderer;

  public SlackActivitiesImpl(SlackGateway gateway, MessageStore store, MessageRenderer renderer) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.store = Objects.requireNonNull(store, "store");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  public SlackActivitiesImpl(SlackGateway gateway, MessageStore store) {
    this(gateway, store, new MessageRenderer());
  }

  @Override
  public SlackRef send(SlackRequest request) {
    Optional<SlackRef> posted = store.find(request.caseId(), request.key());
    if (posted.isPresent()) {
      log.debug(
          "Slack message {} of {} was already posted; not posting again",
          request.key(),
          request.caseId());
      return posted.get();
    }
    RenderedMessage message = renderer.render(request);
    SlackRef ref =
        translate(
            () ->
                gateway.postMessage(
                    request.channel(), request.threadTs(), message.text(), message.blocks()));
    store.put(request.caseId(), request.key(), ref);
    return store.find(request.caseId(), request.key()).orElse(ref);
  }

  @Override
  public void update(SlackRequest request) {
    Optional<SlackRef> posted = store.find(request.caseId(), request.key());
    if (posted.isEmpty()) {
      log.warn(
          "No Slack message {} of {} to update; nothing was changed",
          request.key(),
          request.caseId());
      return;
    }
    RenderedMessage message = renderer.render(request);
    translate(
        () -> {
          gateway.updateMessage(posted.get(), message.text(), message.blocks());
          return posted.get();
        });
  }

  interface SlackCall {
    SlackRef run();
  }

  /** Turns Slack's exceptions into the failures Temporal retries, or does not. */
  static SlackRef translate(SlackCall call) {
    try {
      return call.run();
    } catch (SlackPermanentException e) {
      throw ApplicationFailure.newBuilder()
          .setType(PERMANENT_FAILURE)
          .setMessage("Slack " + e.method() + " failed with '" + e.error() + "': " + e.hint())
          .setDetails(e.method(), e.error())
          .setNonRetryable(true)
          .build();
    } catch (SlackRateLimitedException e) {
      throw ApplicationFailure.newBuilder()
          .setType(RATE_LIMITED)
          .setMessage("Slack " + e.method() + " was rate limited; retrying after " + e.retryAfter())
          .setNextRetryDelay(e.retryAfter())
          .build();
    } catch (SlackTransientException e) {
      throw ApplicationFailure.newBuilder()
          .setType(TRANSIENT_FAILURE)
          .setMessage(e.getMessage())
          .setCause(e.getCause())
          .build();
    }
  }
}
