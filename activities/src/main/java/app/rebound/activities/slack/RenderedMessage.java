package app.rebound.activities.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A Slack message ready to post.
 *
 * @param text the plain fallback Slack shows in notifications and where blocks cannot be shown;
 *     never empty
 * @param blocks the Block Kit layout
 */
public record RenderedMessage(String text, List<LayoutBlock> blocks) {
  public RenderedMessage {
    blocks = List.copyOf(blocks);
  }

  /** The blocks as the JSON Slack receives. */
  public String blocksJson() {
    return SlackJson.blocks(blocks);
  }
}
