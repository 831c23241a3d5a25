package app.rebound.activities.slack;

import app.rebound.workflows.model.SlackRef;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.List;

/**
 * The four Slack Web API calls Rebound makes. Every method either succeeds or throws a {@link
 * SlackException}: {@link SlackPermanentException}, {@link SlackRateLimitedException} or {@link
 * SlackTransientException}. Implementations never retry or sleep themselves; retrying is Temporal's
 * job.
 */
public interface SlackGateway {

  /**
   * {@code chat.postMessage}.
   *
   * @param channel a channel id, or a user id for a direct message from the app
   * @param threadTs the ts to reply under, or null for a top-level message
   * @param text the fallback shown in notifications; never null
   * @param blocks the Block Kit blocks, or an empty list
   * @return where the message landed: for a direct message, the DM channel's id
   */
  SlackRef postMessage(String channel, String threadTs, String text, List<LayoutBlock> blocks);

  /** {@code chat.update}: replaces the text and the blocks of the message at {@code ref}. */
  void updateMessage(SlackRef ref, String text, List<LayoutBlock> blocks);

  /** {@code chat.postEphemeral}: a message in {@code channel} that only {@code user} sees. */
  void postEphemeral(String channel, String user, String text);

  /** {@code views.open}: opens a modal; a trigger id is valid for 3 seconds after the click. */
  void openView(String triggerId, View view);

  /**
   * The gateway for the environment: the Web API when there is a bot token, otherwise the console
   * outbox of {@code dev}.
   *
   * @param botToken {@code SLACK_BOT_TOKEN}, or null or blank for the outbox
   * @param apiUrl {@code SLACK_API_URL}, or null for {@link WebApiSlackGateway#DEFAULT_API_URL}
   */
  static SlackGateway forEnvironment(String botToken, String apiUrl, OutboxStore outbox) {
    if (botToken == null || botToken.isBlank()) {
      return new OutboxSlackGateway(outbox);
    }
    return new WebApiSlackGateway(
        botToken, apiUrl == null ? WebApiSlackGateway.DEFAULT_API_URL : apiUrl);
  }
}
