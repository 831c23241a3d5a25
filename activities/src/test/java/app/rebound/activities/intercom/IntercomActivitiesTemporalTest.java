package app.rebound.activities.intercom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.activities.IntercomActivities;
import app.rebound.workflows.activities.IntercomActivities.ContextRequest;
import app.rebound.workflows.model.ConversationContext;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The activity's results and failures as they reach a workflow through Temporal's converters. */
class IntercomActivitiesTemporalTest {

  private FakeIntercom intercom;
  private TestActivityEnvironment environment;
  private IntercomActivities stub;

  @BeforeEach
  void start() throws Exception {
    intercom = new FakeIntercom();
    environment = TestActivityEnvironment.newInstance();
    environment.registerActivitiesImplementations(
        new IntercomActivitiesImpl(new IntercomClient(intercom.baseUrl(), "tok")));
    stub =
        environment.newActivityStub(
            IntercomActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(10))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build());
  }

  @AfterEach
  void stop() {
    environment.close();
    intercom.close();
  }

  @Test
  void contextSurvivesThePayloadConverter() {
    intercom.onResource(
        "GET", "/conversations/310045667781234", "conversation-310045667781234.json");

    ConversationContext context =
        stub.conversationContext(new ContextRequest("310045667781234", null, null));

    assertThat(context.subject()).isEqualTo("Charged twice & no refund");
    assertThat(context.messages()).hasSize(5);
    assertThat(context.tags()).containsExactly("billing", "refund");
  }

  @Test
  void rateLimitReachesTheWorkflowWithANextRetryDelay() {
    long reset = System.currentTimeMillis() / 1000 + 30;
    intercom.on(
        "GET",
        "/conversations/310045667781234",
        new FakeIntercom.Reply(429, Map.of("X-RateLimit-Reset", Long.toString(reset)), "{}"));

    assertThatThrownBy(
            () -> stub.conversationContext(new ContextRequest("310045667781234", null, null)))
        .isInstanceOf(ActivityFailure.class)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(IntercomActivitiesImpl.RATE_LIMITED);
              assertThat(failure.isNonRetryable()).isFalse();
              assertThat(failure.getNextRetryDelay()).isPositive();
            });
  }

  @Test
  void unknownConversationReachesTheWorkflowAsNonRetryable() {
    assertThatThrownBy(() -> stub.conversationContext(new ContextRequest("404404404", null, null)))
        .isInstanceOf(ActivityFailure.class)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(IntercomActivitiesImpl.PERMANENT_ERROR);
              assertThat(failure.isNonRetryable()).isTrue();
            });
  }
}
