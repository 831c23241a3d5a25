package app.rebound.activities.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.activities.SlackActivities;
import app.rebound.workflows.activities.SlackRequest;
import app.rebound.workflows.model.SlackRef;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackActivitiesImplTest {
  private FakeSlackApi slack;
  private WebApiSlackGateway gateway;
  private InMemoryMessageStore store;
  private SlackActivitiesImpl activities;

  @BeforeEach
  void start() throws IOException {
    slack = new FakeSlackApi();
    gateway = new WebApiSlackGateway("xoxb-test-token", slack.url());
    store = new InMemoryMessageStore();
    activities = new SlackActivitiesImpl(gateway, store);
  }

  @AfterEach
  void stop() {
    gateway.close();
    slack.close();
  }

  @Test
  void sendTwiceWithTheSameKeyPostsOnce() {
    SlackRequest alert = Cases.alert();

    SlackRef first = activities.send(alert);
    SlackRef second = activities.send(alert);

    assertThat(second).isEqualTo(first);
    assertThat(slack.requests())
        .extracting(FakeSlackApi.Request::method)
        .containsExactly("chat.postMessage");
    assertThat(store.find(Cases.CASE_ID, alert.key())).contains(first);
  }

  @Test
  void updateRewritesTheStoredMessage() {
    SlackRef posted = activities.send(Cases.alert());
    SlackRequest claimed =
        Cases.request(
            app.rebound.workflows.activities.MessageKind.ALERT,
            new Cases.View().owner("U0MANAGER1").build());

    activities.update(claimed);

    FakeSlackApi.Request update = slack.requests().get(1);
    assertThat(update.method()).isEqualTo("chat.update");
    assertThat(update.form())
        .containsEntry("channel", posted.channel())
        .containsEntry("ts", posted.ts());
    assertThat(BlockText.of(update.form().get("blocks"))).contains("*Owner*\n<@U0MANAGER1>");
  }

  @Test
  void updateWithoutAStoredMessageCallsNothing() {
    activities.update(Cases.alert());

    assertThat(slack.requests()).isEmpty();
  }

  @Test
  void rateLimitBecomesRetryableFailureWithSlacksDelay() {
    slack.failNext(429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}");

    assertThatThrownBy(() -> activities.send(Cases.alert()))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.isNonRetryable()).isFalse();
              assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(7));
              assertThat(failure.getType()).isEqualTo(SlackActivitiesImpl.RATE_LIMITED);
            });
    assertThat(store.find(Cases.CASE_ID, "alert")).isEmpty();
  }

  @Test
  void channelNotFoundBecomesNonRetryablePermanentFailure() {
    slack.failNext(200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}");

    assertThatThrownBy(() -> activities.send(Cases.alert()))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.isNonRetryable()).isTrue();
              assertThat(failure.getType()).isEqualTo(SlackActivities.PERMANENT_FAILURE);
              assertThat(failure.getOriginalMessage())
                  .contains("channel_not_found")
                  .contains("channel id in the playbook");
            });
  }

  @Test
  void serverErrorBecomesRetryableFailure() {
    slack.failNext(500, Map.of(), "oops");

    assertThatThrownBy(() -> activities.send(Cases.alert()))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.isNonRetryable()).isFalse();
              assertThat(failure.getType()).isEqualTo(SlackActivitiesImpl.TRANSIENT_FAILURE);
            });
  }
}
