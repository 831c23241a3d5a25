package app.rebound.activities.slack;

import app.rebound.activities.db.WeeklyFigures;
import app.rebound.workflows.activities.ReportActivities;
import app.rebound.workflows.activities.ReportRequest;
import app.rebound.workflows.model.SlackRef;
import app.rebound.workflows.model.WeeklyReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the weekly pattern report once per week: the post is remembered in the {@link MessageStore}
 * under case {@link #CASE_ID} and key {@code weekly:<weekStart>}, as a case's messages are, and
 * looked up before posting.
 */
public final class ReportActivitiesImpl implements ReportActivities {
  /** The {@link MessageStore} case id of the report posts: no case has it. */
  public static final String CASE_ID = "report";

  private static final Logger log = LoggerFactory.getLogger(ReportActivitiesImpl.class);

  /** Computes the figures; the database in production, a stand-in in tests. */
  public interface Figures {
    WeeklyReport compute(Instant asOf, ZoneId zone, int weeks);
  }

  private final Figures figures;
  private final SlackGateway gateway;
  private final MessageStore store;
  private final MessageRenderer renderer;

  public ReportActivitiesImpl(
      Figures figures, SlackGateway gateway, MessageStore store, MessageRenderer renderer) {
    this.figures = Objects.requireNonNull(figures, "figures");
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.store = Objects.requireNonNull(store, "store");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  public ReportActivitiesImpl(WeeklyFigures figures, SlackGateway gateway, MessageStore store) {
    this(figures::compute, gateway, store, new MessageRenderer());
  }

  /** The message-store key of the report of the week that starts on {@code weekStart}. */
  public static String key(LocalDate weekStart) {
    return "weekly:" + weekStart;
  }

  @Override
  public WeeklyPost postWeekly(ReportRequest request) {
    ZoneId zone = ZoneId.of(request.timezone());
    LocalDate weekStart = WeeklyFigures.weekStart(request.asOf(), zone);
    String key = key(weekStart);
    Optional<SlackRef> posted = store.find(CASE_ID, key);
    if (posted.isPresent()) {
      log.info(
          "The weekly report of the week of {} is already posted; not posting again", weekStart);
      return new WeeklyPost(weekStart, posted.get(), true);
    }
    WeeklyReport report = figures.compute(request.asOf(), zone, request.weeks());
    RenderedMessage message = renderer.renderWeeklyReport(report);
    SlackRef ref =
        SlackActivitiesImpl.translate(
            () -> gateway.postMessage(request.channel(), null, message.text(), message.blocks()));
    store.put(CASE_ID, key, ref);
    return new WeeklyPost(weekStart, store.find(CASE_ID, key).orElse(ref), false);
  }
}
