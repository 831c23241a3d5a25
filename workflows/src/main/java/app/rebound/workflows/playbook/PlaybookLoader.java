package app.rebound.workflows.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the playbook YAML of SPEC §2 over the built-in defaults of SPEC §1. A bad value is an
 * {@link InvalidPlaybookException} whose message names the key and says what is expected.
 *
 * <p>Every key is optional. A nested mapping merges over the defaults key by key, so {@code scores:
 * {1: {claimWithin: 5m}}} keeps score 1's follow-up and fix rules. A list replaces the default list
 * whole. For the keys that may be absent in the model ({@code headOfSupport}, each score's rules)
 * an explicit {@code null} removes the value: {@code 2: {fixWithin: null}} gives 2s no fix
 * deadline.
 *
 * <p>This class only parses text; reading the file is the caller's business, because this module
 * runs inside workflows and does no I/O.
 */
public final class PlaybookLoader {
  /** Slack allows at most 100 options in a select menu, each at most 75 characters of text. */
  static final int MAX_ROOT_CAUSES = 100;

  static final int MAX_ROOT_CAUSE_LENGTH = 75;

  /** Polling Intercom more often than this would spend its rate limit for nothing. */
  static final Duration MIN_RECONCILE_EVERY = Duration.ofMinutes(1);

  private static final Set<String> TOP_LEVEL_KEYS =
      keys(
          "timezone",
          "businessHours",
          "holidays",
          "channels",
          "managers",
          "seniorReps",
          "headOfSupport",
          "scores",
          "checkIn",
          "reconcileEvery",
          "weeklyReport",
          "rootCauses");

  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  private static final Playbook DEFAULTS =
      new Playbook(
          "UTC",
          new Playbook.BusinessHours(
              List.of(
                  DayOfWeek.MONDAY,
                  DayOfWeek.TUESDAY,
                  DayOfWeek.WEDNESDAY,
                  DayOfWeek.THURSDAY,
                  DayOfWeek.FRIDAY),
              LocalTime.of(9, 0),
              LocalTime.of(18, 0)),
          List.of(),
          new Playbook.Channels("csat-alerts", "csat-escalations", "csat-wins", "csat-reports"),
          List.of(),
          List.of(),
          null,
          Map.of(
              1,
              new Playbook.ScoreRules(
                  DeadlineRule.within(Duration.ofMinutes(15)),
                  DeadlineRule.within(Duration.ofHours(1)),
                  DeadlineRule.sameBusinessDayRule(),
                  null,
                  null),
              2,
              new Playbook.ScoreRules(
                  null,
                  DeadlineRule.sameBusinessDayRule(),
                  DeadlineRule.sameBusinessDayRule(),
                  null,
                  null),
              3,
              new Playbook.ScoreRules(null, null, null, Duration.ofDays(90), null),
              4,
              Playbook.ScoreRules.NONE,
              5,
              Playbook.ScoreRules.NONE),
          new Playbook.CheckInRules(Duration.ofHours(48), Duration.ofHours(72)),
          Duration.ofMinutes(15),
          new Playbook.WeeklyReport(DayOfWeek.MONDAY, LocalTime.of(9, 0), 6),
          List.of(
              "slow response",
              "wrong answer",
              "product bug",
              "billing issue",
              "missing feature",
              "documentation wrong",
              "other"));

  private PlaybookLoader() {}

  /** The built-in playbook of SPEC §1: UTC, MON-FRI 09:00-18:00, channels named csat-*. */
  public static Playbook defaults() {
    return DEFAULTS;
  }

  /**
   * The playbook that {@code yaml} writes over the defaults; empty text gives the defaults.
   *
   * @throws InvalidPlaybookException for malformed YAML (with its line and column), an unknown key
   *     or a bad value (naming its key path, such as {@code scores.1.claimWithin})
   */
  public static Playbook parse(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    JsonNode tree = readTree(yaml);
    PlaybookNode root = new PlaybookNode("", tree);
    if (root.isNull()) {
      return DEFAULTS;
    }
    root.mapping(TOP_LEVEL_KEYS, "{timezone: Europe/Berlin, managers: [U0MANAGER1]}");
    return read(root);
  }

  private static JsonNode readTree(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new InvalidPlaybookException(
          "the playbook is not valid YAML" + where + ": " + problem(e.getOriginalMessage()), e);
    }
  }

  private static Playbook read(PlaybookNode root) {
    Playbook d = DEFAULTS;
    String timezone = d.timezone();
    PlaybookNode zone = root.get("timezone");
    if (zone != null) {
      timezone = zone.zone().getId();
    }
    Playbook.BusinessHours hours = businessHours(root.get("businessHours"), d.businessHours());
    return new Playbook(
        timezone,
        hours,
        orDefault(root.get("holidays"), d.holidays(), PlaybookLoader::holidays),
        channels(root.get("channels"), d.channels()),
        orDefault(root.get("managers"), d.managers(), n -> users(n, "a Slack user id")),
        orDefault(root.get("seniorReps"), d.seniorReps(), n -> users(n, "a Slack user id")),
        orDefault(
            root.get("headOfSupport"), d.headOfSupport(), n -> n.nullableId("a Slack user id")),
        scores(root.get("scores"), d.scores()),
        checkIn(root.get("checkIn"), d.checkIn()),
        orDefault(root.get("reconcileEvery"), d.reconcileEvery(), PlaybookLoader::reconcileEvery),
        weeklyReport(root.get("weeklyReport"), d.weeklyReport()),
        orDefault(root.get("rootCauses"), d.rootCauses(), PlaybookLoader::rootCauses));
  }

  private static Playbook.BusinessHours businessHours(
      PlaybookNode node, Playbook.BusinessHours defaults) {
    if (node == null) {
      return defaults;
    }
    node.mapping(
        keys("days", "start", "end"), "{days: [MON, FRI], start: \"09:00\", end: \"18:00\"}");
    List<DayOfWeek> days = orDefault(node.get("days"), defaults.days(), PlaybookLoader::days);
    LocalTime start = orDefault(node.get("start"), defaults.start(), PlaybookNode::timeOfDay);
    LocalTime end = orDefault(node.get("end"), defaults.end(), PlaybookNode::timeOfDay);
    if (!end.isAfter(start)) {
      throw new InvalidPlaybookException(
          node.path()
              + ".end: "
              + end
              + " must be after businessHours.start, "
              + start
              + " (hours that run past midnight are not supported)");
    }
    return new Playbook.BusinessHours(days, start, end);
  }

  private static List<DayOfWeek> days(PlaybookNode node) {
    List<DayOfWeek> listed = node.list("[MON, TUE, WED, THU, FRI]", PlaybookNode::day);
    if (listed.isEmpty()) {
      throw node.invalid(
          "name at least one business day, or no same-business-day deadline could ever be met");
    }
    // Week order, each day once: the order a person writes the days in means nothing.
    return List.copyOf(EnumSet.copyOf(listed));
  }

  private static List<LocalDate> holidays(PlaybookNode node) {
    return List.copyOf(new TreeSet<>(node.list("[2026-12-25]", PlaybookNode::date)));
  }

  private static Playbook.Channels channels(PlaybookNode node, Playbook.Channels defaults) {
    if (node == null) {
      return defaults;
    }
    node.mapping(
        keys("alerts", "escalations", "wins", "reports"),
        "{alerts: C0ALERTS, escalations: C0ESCALATE}");
    String what = "a Slack channel id or name";
    return new Playbook.Channels(
        orDefault(node.get("alerts"), defaults.alerts(), n -> n.id(what)),
        orDefault(node.get("escalations"), defaults.escalations(), n -> n.id(what)),
        orDefault(node.get("wins"), defaults.wins(), n -> n.id(what)),
        orDefault(node.get("reports"), defaults.reports(), n -> n.id(what)));
  }

  private static List<String> users(PlaybookNode node, String what) {
    return List.copyOf(new LinkedHashSet<>(node.list("[U0MANAGER1, U0MANAGER2]", n -> n.id(what))));
  }

  private static Map<Integer, Playbook.ScoreRules> scores(
      PlaybookNode node, Map<Integer, Playbook.ScoreRules> defaults) {
    if (node == null) {
      return defaults;
    }
    Map<Integer, Playbook.ScoreRules> scores = new TreeMap<>(defaults);
    for (Map.Entry<String, PlaybookNode> entry : node.entries("{1: {claimWithin: 15m}}")) {
      int score = score(entry.getKey(), entry.getValue());
      scores.put(score, scoreRules(score, entry.getValue(), scores.get(score)));
    }
    return scores;
  }

  private static int score(String key, PlaybookNode value) {
    if (key.matches("[1-5]")) {
      return Integer.parseInt(key);
    }
    throw new InvalidPlaybookException(
        value.path() + ": '" + key + "' is not a score (scores run from 1 to 5)");
  }

  private static Playbook.ScoreRules scoreRules(
      int score, PlaybookNode node, Playbook.ScoreRules defaults) {
    node.mapping(keysFor(score), exampleFor(score));
    return new Playbook.ScoreRules(
        nullable(node.get("claimWithin"), defaults.claimWithin(), PlaybookNode::deadline),
        nullable(node.get("followUpWithin"), defaults.followUpWithin(), PlaybookNode::deadline),
        nullable(node.get("fixWithin"), defaults.fixWithin(), PlaybookNode::deadline),
        nullable(node.get("repeatWindow"), defaults.repeatWindow(), PlaybookNode::duration),
        nullable(node.get("reviewUrl"), defaults.reviewUrl(), PlaybookLoader::reviewUrl));
  }

  /**
   * The keys that mean something for a score. Only 1s and 2s are recovery cases with deadlines (a
   * repeated 3 follows the rules of 2), only 3s repeat, only 5s ask for a review; a key that the
   * workflow would ignore is refused rather than silently dropped.
   */
  private static Set<String> keysFor(int score) {
    return switch (score) {
      case 1, 2 -> keys("claimWithin", "followUpWithin", "fixWithin");
      case 3 -> keys("repeatWindow");
      case 5 -> keys("reviewUrl");
      default -> Set.of();
    };
  }

  private static String exampleFor(int score) {
    return switch (score) {
      case 1, 2 -> "{claimWithin: 15m, followUpWithin: 1h, fixWithin: sameBusinessDay}";
      case 3 -> "{repeatWindow: 90d}";
      case 5 -> "{reviewUrl: \"https://example.com/review\"}";
      default -> "{} (happy ratings have no rules to set)";
    };
  }

  private static String reviewUrl(PlaybookNode node) {
    String url = node.text("a review link such as \"https://example.com/review\"");
    if (!url.startsWith("https://") && !url.startsWith("http://") || url.contains(" ")) {
      throw node.invalid("'" + url + "' is not a web link (write https://...)");
    }
    return url;
  }

  private static Playbook.CheckInRules checkIn(PlaybookNode node, Playbook.CheckInRules defaults) {
    if (node == null) {
      return defaults;
    }
    node.mapping(keys("after", "dueWithin"), "{after: 48h, dueWithin: 72h}");
    Duration after = orDefault(node.get("after"), defaults.after(), PlaybookNode::duration);
    Duration due = orDefault(node.get("dueWithin"), defaults.dueWithin(), PlaybookNode::duration);
    if (due.compareTo(after) <= 0) {
      throw new InvalidPlaybookException(
          node.path()
              + ".dueWithin: "
              + Durations.format(due)
              + " must be longer than checkIn.after, "
              + Durations.format(after)
              + " (both count from the fix)");
    }
    return new Playbook.CheckInRules(after, due);
  }

  private static Duration reconcileEvery(PlaybookNode node) {
    Duration every = node.duration();
    if (every.compareTo(MIN_RECONCILE_EVERY) < 0) {
      throw node.invalid(
          Durations.format(every)
              + " is too often (at least "
              + Durations.format(MIN_RECONCILE_EVERY)
              + ", to spare Intercom's rate limit)");
    }
    return every;
  }

  private static Playbook.WeeklyReport weeklyReport(
      PlaybookNode node, Playbook.WeeklyReport defaults) {
    if (node == null) {
      return defaults;
    }
    node.mapping(keys("day", "time", "weeks"), "{day: MON, time: \"09:00\", weeks: 6}");
    return new Playbook.WeeklyReport(
        orDefault(node.get("day"), defaults.day(), PlaybookNode::day),
        orDefault(node.get("time"), defaults.time(), PlaybookNode::timeOfDay),
        orDefault(
            node.get("weeks"),
            defaults.weeks(),
            n -> n.integer("a whole number of weeks from 1 to 52", 1, 52)));
  }

  private static List<String> rootCauses(PlaybookNode node) {
    List<String> causes = node.list("[slow response, other]", PlaybookLoader::rootCause);
    if (causes.isEmpty()) {
      throw node.invalid("list at least one root cause: a case never closes without one");
    }
    if (causes.size() > MAX_ROOT_CAUSES) {
      throw node.invalid(
          causes.size()
              + " root causes are too many for a Slack menu (at most "
              + MAX_ROOT_CAUSES
              + ")");
    }
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < causes.size(); i++) {
      String cause = causes.get(i);
      if (seen.stream().anyMatch(cause::equalsIgnoreCase)) {
        throw new InvalidPlaybookException(
            node.path() + "[" + i + "]: '" + cause + "' is listed twice");
      }
      seen.add(cause);
    }
    return causes;
  }

  private static String rootCause(PlaybookNode node) {
    String cause = node.text("a root cause such as slow response");
    if (cause.length() > MAX_ROOT_CAUSE_LENGTH) {
      throw node.invalid(
          "'"
              + cause
              + "' is too long for a Slack menu (at most "
              + MAX_ROOT_CAUSE_LENGTH
              + " characters)");
    }
    return cause;
  }

  /** The value read from {@code node}; the default when the key is absent. Null is refused. */
  private static <T> T orDefault(
      PlaybookNode node, T defaultValue, Function<PlaybookNode, T> read) {
    return node == null ? defaultValue : read.apply(node);
  }

  /** Like {@link #orDefault}, but an explicit null removes the value. */
  private static <T> T nullable(PlaybookNode node, T defaultValue, Function<PlaybookNode, T> read) {
    if (node == null) {
      return defaultValue;
    }
    return node.isNull() ? null : read.apply(node);
  }

  private static Set<String> keys(String... keys) {
    return new LinkedHashSet<>(List.of(keys));
  }

  /**
   * The YAML parser's own explanation without its position lines ({@code in 'reader', line 2}) and
   * source excerpts, which are indented: {@code while parsing a flow sequence: expected ',' or
   * ']'}.
   */
  private static String problem(String message) {
    if (message == null) {
      return "unreadable";
    }
    String problem =
        message
            .lines()
            .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
            .map(String::strip)
            .collect(Collectors.joining(": "));
    return problem.isEmpty() ? message.strip() : problem;
  }
}
