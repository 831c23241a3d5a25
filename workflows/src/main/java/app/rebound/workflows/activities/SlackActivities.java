package app.rebound.workflows.activities;

import app.rebound.workflows.model.SlackRef;
import io.temporal.activity.ActivityInterface;

/**
 * Slack, as the case workflow sees it. Both methods are safe to run twice. A permanent Slack error
 * ({@code channel_not_found}, {@code invalid_auth}, ...) is a non-retryable {@code
 * ApplicationFailure} of type {@link #PERMANENT_FAILURE}; a rate limit retries after the delay
 * Slack asked for.
 */
@ActivityInterface
public interface SlackActivities {
  String PERMANENT_FAILURE = "SlackPermanentError";

  /** Posts the message once per (case, key) and returns where it is. */
  SlackRef send(SlackRequest request);

  /** Rewrites the message stored under (case, key) to show the case as it stands now. */
  void update(SlackRequest request);
}
