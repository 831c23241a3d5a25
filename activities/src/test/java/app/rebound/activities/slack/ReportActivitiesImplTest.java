package app.rebound.activities.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.activities.ReportActivities;
import app.rebound.workflows.activities.ReportRequest;
import app.rebound.workflows.activities.SlackActivities;
import app.rebound.workflows.model.WeeklyReport;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportActivitiesImplTest {
  private static final String NEW_YORK = "America/New_York";

  /** Monday 7 December, 09:00 in New York. */
  private static final Instant MONDAY_NINE = Instant.parse("2026-12-07T14:00:00Z");

  private final List<Instant> computedAt = new CopyOnWriteArrayList<>();
  private FakeSlackApi slack;
  private WebApiSlackGateway gateway;
  private InMemoryMessageStore store;
  private ReportActivitiesImpl activities;

  @BeforeEach
  void start() throws IOException {
    slack = new FakeSlackApi();
    gateway = new WebApiSlackGateway("xoxb-test-token", slack.url());
    store = new InMemoryMessageStore();
    activities = new ReportActivitiesImpl(this::figures, gateway, store, new MessageRenderer());
  }

  @AfterEach
  void stop() {
    gateway.close();
    slack.close();
  }

  @Test
  void postsTheReportToTheReportsChannel() {
    ReportActivities.WeeklyPost post =
        activities.postWeekly(new ReportRequest(MONDAY_NINE, NEW_YORK, 6, "C0REPORTS"));

    assertThat(post.weekStart()).isEqualTo(LocalDate.parse("2026-12-07"));
    assertThat(post.alreadyPosted()).isFalse();
    assertThat(slack.requests())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.method()).isEqualTo("chat.postMessage");
              assertThat(request.form()).containsEntry("channel", "C0REPORTS");
              assertThat(request.form().get("blocks")).contains("billing issue");
            });
    assertThat(store.find(ReportActivitiesImpl.CASE_ID, "weekly:2026-12-07"))
        .contains(post.message());
  }

  @Test
  void secondRunInTheSameWeekPostsNothing() {
    ReportActivities.WeeklyPost first =
        activities.postWeekly(new ReportRequest(MONDAY_NINE, NEW_YORK, 6, "C0REPORTS"));

    ReportActivities.WeeklyPost again =
        activities.postWeekly(
            new ReportRequest(MONDAY_NINE.plusSeconds(3600), NEW_YORK, 6, "C0REPORTS"));

    assertThat(again.alreadyPosted()).isTrue();
    assertThat(again.message()).isEqualTo(first.message());
    assertThat(slack.requests()).hasSize(1);
    assertThat(computedAt).containsExactly(MONDAY_NINE);
  }

  @Test
  void eachWeekGetsItsOwnPost() {
    activities.postWeekly(new ReportRequest(MONDAY_NINE, NEW_YORK, 6, "C0REPORTS"));

    ReportActivities.WeeklyPost next =
        activities.postWeekly(
            new ReportRequest(MONDAY_NINE.plusSeconds(7 * 86_400), NEW_YORK, 6, "C0REPORTS"));

    assertThat(next.weekStart()).isEqualTo(LocalDate.parse("2026-12-14"));
    assertThat(next.alreadyPosted()).isFalse();
    assertThat(slack.requests()).hasSize(2);
  }

  @Test
  void weekIsTheTeamsWeekNotUtcs() {
    // Sunday 13 December, 20:00 in New York: already Monday in UTC.
    Instant sundayEvening = Instant.parse("2026-12-14T01:00:00Z");

    ReportActivities.WeeklyPost post =
        activities.postWeekly(new ReportRequest(sundayEvening, NEW_YORK, 6, "C0REPORTS"));

    assertThat(post.weekStart()).isEqualTo(LocalDate.parse("2026-12-07"));
  }

  @Test
  void unknownChannelIsAPermanentFailureAndNothingIsRemembered() {
    slack.failNext(200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}");

    assertThatThrownBy(
            () -> activities.postWeekly(new ReportRequest(MONDAY_NINE, NEW_YORK, 6, "C0GONE")))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(SlackActivities.PERMANENT_FAILURE);
              assertThat(failure.isNonRetryable()).isTrue();
            });
    assertThat(store.find(ReportActivitiesImpl.CASE_ID, "weekly:2026-12-07")).isEmpty();
  }

  private WeeklyReport figures(Instant asOf, ZoneId zone, int weeks) {
    computedAt.add(asOf);
    return WeeklyReports.sample();
  }
}
