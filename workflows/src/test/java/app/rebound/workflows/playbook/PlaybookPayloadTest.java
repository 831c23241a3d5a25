package app.rebound.workflows.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A playbook travels in every case workflow's input, so it must survive the payload converter. */
class PlaybookPayloadTest {
  private static final String CUSTOM =
      """
      timezone: Europe/Berlin
      businessHours: {days: [MON, TUE, WED, THU], start: "08:30", end: "17:15"}
      holidays: [2026-12-24, 2026-12-25]
      channels: {alerts: C0ALERTS, escalations: C0ESCALATE}
      managers: [U0MANAGER1]
      headOfSupport: U0HEAD
      scores:
        1: {claimWithin: 90s, fixWithin: 2d}
        2: {fixWithin: null}
        5: {reviewUrl: "https://example.com/review"}
      checkIn: {after: 1d, dueWithin: 36h}
      reconcileEvery: 5m
      weeklyReport: {day: FRI, time: "16:00", weeks: 12}
      rootCauses: [slow response, other]
      """;

  private final DataConverter converter = DefaultDataConverter.newDefaultInstance();

  @Test
  void theDefaultPlaybookSurvivesThePayloadConverter() {
    Playbook playbook = PlaybookLoader.defaults();

    Playbook back = roundTrip(playbook);

    assertThat(back).isEqualTo(playbook);
  }

  @Test
  void aCustomPlaybookSurvivesThePayloadConverter() {
    Playbook playbook = PlaybookLoader.parse(CUSTOM);

    Playbook back = roundTrip(playbook);

    assertThat(back).isEqualTo(playbook);
    assertThat(back.calendar().sameBusinessDay(Instant.parse("2026-12-23T17:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-28T16:15:00Z"));
  }

  @Test
  void deadlinesTravelAsThePlaybooksOwnText() {
    Payload payload = converter.toPayload(PlaybookLoader.defaults()).orElseThrow();

    String json = payload.getData().toString(StandardCharsets.UTF_8);

    assertThat(json)
        .contains("\"claimWithin\":\"15m\"")
        .contains("\"fixWithin\":\"sameBusinessDay\"")
        .doesNotContain("\"zone\"")
        .doesNotContain("\"calendar\"");
  }

  @Test
  void aPlaybookReadBackFromAPayloadIsStillImmutable() {
    Playbook back = roundTrip(PlaybookLoader.parse(CUSTOM));

    assertThat(back.managers()).isUnmodifiable();
    assertThat(back.rootCauses()).isUnmodifiable();
    assertThat(back.scores()).isUnmodifiable();
  }

  private Playbook roundTrip(Playbook playbook) {
    Payload payload = converter.toPayload(playbook).orElseThrow();
    return converter.fromPayload(payload, Playbook.class, Playbook.class);
  }
}
