package app.rebound.activities.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/** The blocks of one message, built in order, each cut to Slack's length limit for its kind. */
final class BlockList {
  private final List<LayoutBlock> blocks = new ArrayList<>();

  void header(String text) {
    blocks.add(
        HeaderBlock.builder()
            .text(plain(SlackText.truncate(text, SlackText.HEADER_LIMIT)))
            .build());
  }

  void section(String mrkdwn) {
    blocks.add(
        SectionBlock.builder()
            .text(markdown(SlackText.truncate(mrkdwn, SlackText.SECTION_LIMIT)))
            .build());
  }

  void fields(String... fields) {
    List<TextObject> texts = new ArrayList<>();
    for (String field : fields) {
      texts.add(markdown(SlackText.truncate(field, SlackText.FIELD_LIMIT)));
    }
    blocks.add(SectionBlock.builder().fields(texts).build());
  }

  void context(String mrkdwn) {
    List<ContextBlockElement> elements =
        List.of(markdown(SlackText.truncate(mrkdwn, SlackText.SECTION_LIMIT)));
    blocks.add(ContextBlock.builder().elements(elements).build());
  }

  void divider() {
    blocks.add(DividerBlock.builder().build());
  }

  void actions(String blockId, List<BlockElement> buttons) {
    if (!buttons.isEmpty()) {
      blocks.add(ActionsBlock.builder().blockId(blockId).elements(buttons).build());
    }
  }

  List<LayoutBlock> list() {
    return blocks;
  }

  static MarkdownTextObject markdown(String text) {
    // verbatim: bare URLs and #channel names in customer text are not turned into links
    return MarkdownTextObject.builder().text(text).verbatim(true).build();
  }

  static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).emoji(true).build();
  }
}
