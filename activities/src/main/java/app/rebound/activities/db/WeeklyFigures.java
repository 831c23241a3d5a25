package app.rebound.activities.db;

import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Outcome;
import app.rebound.workflows.model.WeeklyReport;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * The weekly pattern figures, computed from the case rows: the database selects the cases rated or
 * closed in the window and the figures are counted here from each row's case JSON, so the SQL stays
 * the same on H2 and PostgreSQL.
 */
public final class WeeklyFigures {
  public static final int MAX_WEEKS = 52;
  static final int TOP = 5;

  private final Jdbi jdbi;

  public WeeklyFigures(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  /** The Monday, in the zone, of the week that contains the instant. */
  public static LocalDate weekStart(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * The figures of the {@code weeks} weeks that end with the week of {@code asOf}, counting what
   * happened from the first Monday's midnight in the zone up to {@code asOf}.
   *
   * @throws IllegalArgumentException when {@code weeks} is not between 1 and {@link #MAX_WEEKS}
   */
  public WeeklyReport compute(Instant asOf, ZoneId zone, int weeks) {
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw new IllegalArgumentException(
          "weeks must be between 1 and " + MAX_WEEKS + ", not " + weeks);
    }
    LocalDate first = weekStart(asOf, zone).minusWeeks(weeks - 1L);
    Instant from = first.atStartOfDay(zone).toInstant();
    return new Tally(first, weeks, zone, from, asOf).count(load(from, asOf));
  }

  private List<CaseView> load(Instant from, Instant to) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT case_id, body FROM cases"
                        + " WHERE (rated_at >= :from AND rated_at <= :to)"
                        + " OR (closed_at >= :from AND closed_at <= :to)")
                .bindByType("from", from, Instant.class)
                .bindByType("to", to, Instant.class)
                .map((rs, ctx) -> CaseJson.read(rs.getString("case_id"), rs.getString("body")))
                .list());
  }

  /** A 1 or a 2, a 3 handled like a 2, or a bad score the customer later changed. */
  static boolean isBad(CaseView view) {
    if (view.score() <= 2 || view.repeat()) {
      return true;
    }
    return view.previousScores() != null
        && view.previousScores().stream().anyMatch(score -> score != null && score <= 2);
  }

  /**
   * The bucket of {@link WeeklyReport#BUCKETS} that a follow-up this long after the rating is in.
   */
  static int bucket(Duration responseTime) {
    if (responseTime.compareTo(Duration.ofHours(1)) < 0) {
      return 0;
    }
    if (responseTime.compareTo(Duration.ofHours(2)) < 0) {
      return 1;
    }
    return responseTime.compareTo(Duration.ofHours(24)) < 0 ? 2 : 3;
  }

  /** The counting of one report. */
  private static final class Tally {
    private final LocalDate first;
    private final ZoneId zone;
    private final Instant from;
    private final Instant to;
    private final int[] bad;
    private final int[] recovered;
    private final Map<String, Integer> rootCauses = new HashMap<>();
    private final Map<String, Integer> productAreas = new HashMap<>();
    private final Map<String, Integer> teammates = new HashMap<>();
    private final Map<String, Instant> teammateNameAt = new HashMap<>();
    private final Map<String, String> teammateNames = new HashMap<>();
    private final int[] bucketCases = new int[WeeklyReport.BUCKETS.size()];
    private final int[] bucketRecovered = new int[WeeklyReport.BUCKETS.size()];
    private final Map<String, Integer> recoverers = new HashMap<>();

    Tally(LocalDate first, int weeks, ZoneId zone, Instant from, Instant to) {
      this.first = first;
      this.zone = zone;
      this.from = from;
      this.to = to;
      this.bad = new int[weeks];
      this.recovered = new int[weeks];
    }

    WeeklyReport count(List<CaseView> cases) {
      for (CaseView view : cases) {
        if (within(view.ratedAt()) && isBad(view)) {
          countRating(view);
        }
        if (view.outcome() == Outcome.RECOVERED && within(view.closedAt())) {
          recovered[week(view.closedAt())]++;
          if (view.owner() != null) {
            recoverers.merge(view.owner(), 1, Integer::sum);
          }
        }
      }
      return report();
    }

    private void countRating(CaseView view) {
      bad[week(view.ratedAt())]++;
      count(rootCauses, name(view.rootCause()));
      count(productAreas, name(view.productArea()));
      if (view.teammate() != null && !view.teammate().isBlank()) {
        teammates.merge(view.teammate(), 1, Integer::sum);
        Instant seen = teammateNameAt.get(view.teammate());
        if (view.teammateName() != null && (seen == null || view.ratedAt().isAfter(seen))) {
          teammateNames.put(view.teammate(), view.teammateName());
          teammateNameAt.put(view.teammate(), view.ratedAt());
        }
      }
      if (!view.isOpen() && view.followedUpAt() != null) {
        int bucket = bucket(Duration.between(view.ratedAt(), view.followedUpAt()));
        bucketCases[bucket]++;
        if (view.outcome() == Outcome.RECOVERED) {
          bucketRecovered[bucket]++;
        }
      }
    }

    private WeeklyReport report() {
      List<WeeklyReport.Week> weeks = new ArrayList<>();
      for (int i = 0; i < bad.length; i++) {
        weeks.add(new WeeklyReport.Week(first.plusWeeks(i), bad[i], recovered[i]));
      }
      List<WeeklyReport.ResponseBucket> buckets = new ArrayList<>();
      for (int i = 0; i < bucketCases.length; i++) {
        Double rate = bucketCases[i] == 0 ? null : (double) bucketRecovered[i] / bucketCases[i];
        buckets.add(
            new WeeklyReport.ResponseBucket(
                WeeklyReport.BUCKETS.get(i), bucketCases[i], bucketRecovered[i], rate));
      }
      List<WeeklyReport.RepeatTeammate> repeated =
          ranked(teammates).stream()
              .filter(entry -> entry.getValue() >= 2)
              .map(
                  entry ->
                      new WeeklyReport.RepeatTeammate(
                          entry.getKey(), teammateNames.get(entry.getKey()), entry.getValue()))
              .toList();
      return new WeeklyReport(
          weeks,
          top(rootCauses, entry -> new WeeklyReport.Count(entry.getKey(), entry.getValue())),
          top(productAreas, entry -> new WeeklyReport.Count(entry.getKey(), entry.getValue())),
          repeated,
          buckets,
          top(recoverers, entry -> new WeeklyReport.Recoverer(entry.getKey(), entry.getValue())));
    }

    private boolean within(Instant at) {
      return at != null && !at.isBefore(from) && !at.isAfter(to);
    }

    private int week(Instant at) {
      LocalDate start = weekStart(at, zone);
      return (int) ChronoUnit.WEEKS.between(first, start);
    }

    /** Root causes and product areas are grouped regardless of case and surrounding spaces. */
    private static String name(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void count(Map<String, Integer> counts, String key) {
      if (key != null) {
        counts.merge(key, 1, Integer::sum);
      }
    }

    /** Highest count first, ties by name, so that the report is the same on every run. */
    private static List<Map.Entry<String, Integer>> ranked(Map<String, Integer> counts) {
      return counts.entrySet().stream()
          .sorted(
              Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                  .thenComparing(Map.Entry.comparingByKey()))
          .toList();
    }

    private static <T> List<T> top(
        Map<String, Integer> counts, Function<Map.Entry<String, Integer>, T> row) {
      return ranked(counts).stream().limit(TOP).map(row).toList();
    }
  }
}
