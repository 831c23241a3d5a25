package app.rebound.activities.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/**
 * Block Kit JSON as the Slack SDK writes it (snake_case Gson with the SDK's adapters), without
 * Gson's HTML escaping so that the outbox shows {@code <@U123>} rather than {@code \u003c@U123}.
 */
final class SlackJson {
  private static final Gson GSON =
      GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create();

  private SlackJson() {}

  static String blocks(List<LayoutBlock> blocks) {
    return GSON.toJson(blocks);
  }

  static String view(View view) {
    return GSON.toJson(view);
  }
}
