package app.rebound.activities.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/** Block Kit JSON exactly as the Slack SDK sends it: snake_case Gson with the SDK's adapters. */
final class SlackJson {
  private static final Gson GSON = GsonFactory.createSnakeCase();

  private SlackJson() {}

  static String blocks(List<LayoutBlock> blocks) {
    return GSON.toJson(blocks);
  }

  static String view(View view) {
    return GSON.toJson(view);
  }
}
