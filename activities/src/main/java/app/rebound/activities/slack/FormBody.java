package app.rebound.activities.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body, as Slack sends interactivity requests and as
 * the Web API takes method arguments. Decoded as UTF-8, whatever the platform charset.
 */
public final class FormBody {
  private FormBody() {}

  /** The fields in their order; a repeated field keeps its first value, a bare key maps to "". */
  public static Map<String, String> decode(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      fields.putIfAbsent(key, value);
    }
    return fields;
  }
}
