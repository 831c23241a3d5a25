package app.rebound.activities.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads Block Kit JSON back, for assertions on what people would see. */
final class BlockText {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BlockText() {}

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code text} string in the JSON, in order, joined by newlines. */
  static String of(String json) {
    List<String> texts = new ArrayList<>();
    collect(tree(json), texts);
    return String.join("\n", texts);
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isObject()) {
      JsonNode text = node.get("text");
      if (text != null && text.isTextual()) {
        texts.add(text.asText());
      }
      node.elements().forEachRemaining(child -> collect(child, texts));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collect(child, texts));
    }
  }
}
