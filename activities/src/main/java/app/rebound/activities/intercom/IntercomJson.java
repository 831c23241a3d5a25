package app.rebound.activities.intercom;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;

/** Reading Intercom's JSON, where absent, {@code null} and {@code ""} usually mean the same. */
final class IntercomJson {

  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private IntercomJson() {}

  /** The field as text; null when it is absent, JSON null or blank. Intercom sends ids as both. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  /** An epoch-seconds field; null when absent, not a number or zero (Intercom's "never"). */
  static Instant epochSeconds(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isIntegralNumber() || value.asLong() <= 0) {
      return null;
    }
    return Instant.ofEpochSecond(value.asLong());
  }

  static Long longOrNull(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? value.asLong() : null;
  }

  static Integer intOrNull(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() && value.canConvertToInt() ? value.asInt() : null;
  }
}
