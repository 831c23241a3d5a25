package app.rebound.workflows.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One value of the playbook YAML together with its key path ({@code scores.1.claimWithin}), so that
 * every complaint about it can name where it is.
 */
final class PlaybookNode {
  private static final DateTimeFormatter TIME_OF_DAY =
      DateTimeFormatter.ofPattern("H:mm", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final String path;
  private final JsonNode node;

  PlaybookNode(String path, JsonNode node) {
    this.path = path;
    this.node = node;
  }

  String path() {
    return path;
  }

  /** Whether nothing is written here: YAML reads {@code key:} with no value as empty text. */
  boolean isNull() {
    return node == null
        || node.isNull()
        || node.isMissingNode()
        || (node.isTextual() && node.asText().isBlank());
  }

  /** The child under {@code key}, or null when the mapping does not have that key. */
  PlaybookNode get(String key) {
    JsonNode child = node.get(key);
    return child == null ? null : new PlaybookNode(child(key), child);
  }

  /**
   * Checks that this is a mapping whose keys are all in {@code known}; an unknown key is named,
   * with the closest known key when it looks like a typo.
   */
  PlaybookNode mapping(Set<String> known, String example) {
    if (!node.isObject()) {
      throw invalid("expected a mapping such as " + example + ", not " + describe());
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (!known.contains(name)) {
        throw new InvalidPlaybookException(
            child(name)
                + ": unknown key"
                + suggestion(name, known)
                + " (known keys: "
                + String.join(", ", known)
                + ")");
      }
    }
    return this;
  }

  /** The entries of a mapping whose keys are not fixed, such as the scores. */
  List<Map.Entry<String, PlaybookNode>> entries(String example) {
    if (!node.isObject()) {
      throw invalid("expected a mapping such as " + example + ", not " + describe());
    }
    List<Map.Entry<String, PlaybookNode>> entries = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      entries.add(Map.entry(e.getKey(), new PlaybookNode(child(e.getKey()), e.getValue())));
    }
    return entries;
  }

  String text(String what) {
    if (isNull() || !node.isValueNode() || node.isBoolean()) {
      throw invalid("expected " + what + ", not " + describe());
    }
    return node.asText().strip();
  }

  /** Text with no spaces in it: a Slack channel or user id. */
  String id(String what) {
    String text = text(what);
    if (text.chars().anyMatch(Character::isWhitespace)) {
      throw invalid("'" + text + "' is not " + what + " (ids have no spaces)");
    }
    return text;
  }

  String nullableId(String what) {
    return isNull() ? null : id(what);
  }

  Duration duration() {
    String text = text("a duration (" + Durations.ACCEPTED + ")");
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  DeadlineRule deadline() {
    String text =
        text("a duration or " + DeadlineRule.SAME_BUSINESS_DAY + " (" + Durations.ACCEPTED + ")");
    if (DeadlineRule.SAME_BUSINESS_DAY.equals(text)) {
      return DeadlineRule.sameBusinessDayRule();
    }
    try {
      return DeadlineRule.within(Durations.parse(text));
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage() + "; " + DeadlineRule.SAME_BUSINESS_DAY + " is accepted too");
    }
  }

  ZoneId zone() {
    String text = text("a time zone such as America/New_York");
    try {
      return ZoneId.of(text);
    } catch (java.time.DateTimeException e) {
      throw invalid("'" + text + "' is not a time zone (write a name such as America/New_York)");
    }
  }

  LocalTime timeOfDay() {
    String text = text("a time of day such as \"09:00\"");
    try {
      return LocalTime.parse(text, TIME_OF_DAY);
    } catch (DateTimeParseException e) {
      throw invalid("'" + text + "' is not a time of day (write 24-hour time such as \"09:00\")");
    }
  }

  LocalDate date() {
    String text = text("a date such as 2026-12-25");
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid("'" + text + "' is not a date (write it as 2026-12-25)");
    }
  }

  DayOfWeek day() {
    String text = text("a day such as MON");
    String upper = text.toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(upper) || day.name().substring(0, 3).equals(upper)) {
        return day;
      }
    }
    throw invalid("'" + text + "' is not a day (write MON, TUE, WED, THU, FRI, SAT or SUN)");
  }

  int integer(String what, int min, int max) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw invalid("expected " + what + ", not " + describe());
    }
    int value = node.intValue();
    if (value < min || value > max) {
      throw invalid(value + " is out of range (expected " + what + ")");
    }
    return value;
  }

  /** The items of a list, each read by {@code item}; null gives an empty list. */
  <T> List<T> list(String example, Function<PlaybookNode, T> item) {
    if (isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw invalid("expected a list such as " + example + ", not " + describe());
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      items.add(item.apply(new PlaybookNode(path + "[" + i + "]", node.get(i))));
    }
    return List.copyOf(items);
  }

  InvalidPlaybookException invalid(String problem) {
    return new InvalidPlaybookException((path.isEmpty() ? "the playbook" : path) + ": " + problem);
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String describe() {
    if (isNull()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    return "'" + node.asText() + "'";
  }

  private static String suggestion(String name, Set<String> known) {
    for (String candidate : known) {
      if (distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT)) <= 2) {
        return " (did you mean " + candidate + "?)";
      }
    }
    return "";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
