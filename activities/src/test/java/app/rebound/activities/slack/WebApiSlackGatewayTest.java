package app.rebound.activities.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.model.SlackRef;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebApiSlackGatewayTest {
  private FakeSlackApi slack;
  private WebApiSlackGateway gateway;

  @BeforeEach
  void start() throws IOException {
    slack = new FakeSlackApi();
    gateway = new WebApiSlackGateway("xoxb-test-token", slack.url());
  }

  @AfterEach
  void stop() {
    gateway.close();
    slack.close();
  }

  @Test
  void postMessageSendsBearerTokenTextAndBlocksAndReturnsTheRef() {
    RenderedMessage message = new MessageRenderer().render(Cases.alert());

    SlackRef ref = gateway.postMessage("C0ALERTS", null, message.text(), message.blocks());

    assertThat(ref).isEqualTo(new SlackRef("C0ALERTS", "1733230000.000101"));
    FakeSlackApi.Request request = slack.requests().get(0);
    assertThat(request.method()).isEqualTo("chat.postMessage");
    assertThat(request.authorization()).isEqualTo("Bearer xoxb-test-token");
    assertThat(request.form())
        .containsEntry("channel", "C0ALERTS")
        .containsEntry("text", message.text());
    assertThat(request.form().get("blocks"))
        .contains("\"action_id\":\"claim\"")
        .contains("\"value\":\"" + Cases.CASE_ID + "\"");
    assertThat(request.form()).doesNotContainKey("thread_ts");
  }

  @Test
  void postMessageInAThreadSendsThreadTs() {
    gateway.postMessage("C0ALERTS", "1733230000.000100", "reply", List.of());

    assertThat(slack.requests().get(0).form()).containsEntry("thread_ts", "1733230000.000100");
  }

  @Test
  void directMessageReturnsTheDmChannelSlackAnswered() {
    SlackRef ref = gateway.postMessage("U0OWNER", null, "hello", List.of());

    assertThat(ref.channel()).isEqualTo("D0DM0OWNER");
  }

  @Test
  void updateMessageSendsChannelTsAndBlocks() {
    RenderedMessage message = new MessageRenderer().render(Cases.alert());

    gateway.updateMessage(
        new SlackRef("C0ALERTS", "1733230000.000100"), message.text(), message.blocks());

    FakeSlackApi.Request request = slack.requests().get(0);
    assertThat(request.method()).isEqualTo("chat.update");
    assertThat(request.form())
        .containsEntry("channel", "C0ALERTS")
        .containsEntry("ts", "1733230000.000100")
        .containsKey("blocks");
  }

  @Test
  void postEphemeralNamesChannelAndUser() {
    gateway.postEphemeral("C0ALERTS", "U0REP", "Already claimed by <@U0MANAGER1>");

    FakeSlackApi.Request request = slack.requests().get(0);
    assertThat(request.method()).isEqualTo("chat.postEphemeral");
    assertThat(request.form())
        .containsEntry("channel", "C0ALERTS")
        .containsEntry("user", "U0REP")
        .containsEntry("text", "Already claimed by <@U0MANAGER1>");
  }

  @Test
  void openViewSendsTriggerIdAndTheModal() {
    View modal = new FixModal(List.of("product bug", "other")).view(Cases.CASE_ID);

    gateway.openView("123.456.abc", modal);

    FakeSlackApi.Request request = slack.requests().get(0);
    assertThat(request.method()).isEqualTo("views.open");
    assertThat(request.form()).containsEntry("trigger_id", "123.456.abc");
    assertThat(request.form().get("view"))
        .contains("\"callback_id\":\"fix_modal\"")
        .contains("\"private_metadata\":\"" + Cases.CASE_ID + "\"");
  }

  @Test
  void http429BecomesRateLimitedWithRetryAfterAndIsNotRetriedBySdk() {
    slack.failNext(429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}");

    assertThatThrownBy(() -> gateway.postMessage("C0ALERTS", null, "hi", List.of()))
        .isInstanceOfSatisfying(
            SlackRateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    assertThat(slack.requests()).hasSize(1);
  }

  @Test
  void okFalseChannelNotFoundBecomesPermanentWithTheErrorCode() {
    slack.failNext(200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}");

    assertThatThrownBy(() -> gateway.postMessage("C0GONE", null, "hi", List.of()))
        .isInstanceOfSatisfying(
            SlackPermanentException.class,
            e -> {
              assertThat(e.error()).isEqualTo("channel_not_found");
              assertThat(e.method()).isEqualTo("chat.postMessage");
              assertThat(e.hint()).contains("playbook");
            });
  }

  @Test
  void missingScopeNamesTheScopeToAdd() {
    slack.failNext(
        200,
        Map.of(),
        "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"chat:write\",\"provided\":\"\"}");

    assertThatThrownBy(() -> gateway.postMessage("C0ALERTS", null, "hi", List.of()))
        .isInstanceOfSatisfying(
            SlackPermanentException.class, e -> assertThat(e.hint()).contains("chat:write"));
  }

  @Test
  void http503IsTransient() {
    slack.failNext(503, Map.of(), "upstream unavailable");

    assertThatThrownBy(
            () ->
                gateway.updateMessage(new SlackRef("C0ALERTS", "1.2"), "x", List.<LayoutBlock>of()))
        .isInstanceOf(SlackTransientException.class)
        .hasMessageContaining("HTTP 503");
    assertThat(slack.requests()).hasSize(1);
  }

  @Test
  void okFalseInternalErrorIsTransient() {
    slack.failNext(200, Map.of(), "{\"ok\":false,\"error\":\"internal_error\"}");

    assertThatThrownBy(() -> gateway.postEphemeral("C0ALERTS", "U0REP", "x"))
        .isInstanceOf(SlackTransientException.class);
  }

  @Test
  void refusedConnectionIsTransient() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    WebApiSlackGateway unreachable =
        new WebApiSlackGateway("xoxb-x", "http://127.0.0.1:" + closedPort + "/api/");

    assertThatThrownBy(() -> unreachable.postMessage("C0ALERTS", null, "hi", List.of()))
        .isInstanceOf(SlackTransientException.class);
    unreachable.close();
  }
}
