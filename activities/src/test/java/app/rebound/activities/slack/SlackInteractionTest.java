package app.rebound.activities.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlackInteractionTest {
  private static final String CLAIM_CLICK =
      """
      {"type":"block_actions",
       "user":{"id":"U0MANAGER1","username":"maria","name":"maria","team_id":"T0TEAM"},
       "api_app_id":"A0APP","token":"legacy-verification-token",
       "container":{"type":"message","message_ts":"1733230000.000101","channel_id":"C0ALERTS","is_ephemeral":false},
       "trigger_id":"1234567890123.1234567890123.abcdef0123456789",
       "team":{"id":"T0TEAM","domain":"acme"},
       "enterprise":null,"is_enterprise_install":false,
       "channel":{"id":"C0ALERTS","name":"csat-alerts"},
       "message":{"type":"message","user":"U0BOT","ts":"1733230000.000101","bot_id":"B0BOT","text":"Furious rating"},
       "state":{"values":{}},
       "response_url":"https://hooks.slack.com/actions/T0TEAM/123/abc",
       "actions":[{"action_id":"claim","block_id":"case_actions",
         "text":{"type":"plain_text","text":"Claim","emoji":true},
         "value":"csat-215469837451234","style":"primary","type":"button","action_ts":"1733230100.123456"}]}
      """;

  private static final String FIX_SUBMISSION =
      """
      {"type":"view_submission",
       "team":{"id":"T0TEAM","domain":"acme"},
       "user":{"id":"U0REP","username":"sam","name":"sam","team_id":"T0TEAM"},
       "api_app_id":"A0APP","token":"legacy-verification-token",
       "trigger_id":"1234567890123.1234567890123.fedcba",
       "view":{"id":"V0VIEW","team_id":"T0TEAM","type":"modal","blocks":[],
         "private_metadata":"csat-215469837451234","callback_id":"fix_modal",
         "state":{"values":{
           "root_cause":{"root_cause":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"billing issue","emoji":true},"value":"billing issue"}}},
           "product_area":{"product_area":{"type":"plain_text_input","value":"invoices"}},
           "what_was_fixed":{"what_was_fixed":{"type":"plain_text_input","value":"Refunded the duplicate charge \\uD83D\\uDE4F"}},
           "eta":{"eta":{"type":"datetimepicker","selected_date_time":null}}}},
         "hash":"1733230200.abc","title":{"type":"plain_text","text":"Record the fix"},
         "root_view_id":"V0VIEW","app_id":"A0APP","bot_id":"B0BOT"},
       "response_urls":[],"is_enterprise_install":false,"enterprise":null}
      """;

  @Test
  void parsesAClaimClick() {
    SlackInteraction interaction = SlackInteraction.parse(CLAIM_CLICK);

    assertThat(interaction)
        .isEqualTo(
            new SlackInteraction(
                "block_actions",
                "U0MANAGER1",
                "claim",
                "csat-215469837451234",
                "1234567890123.1234567890123.abcdef0123456789",
                "C0ALERTS",
                "1733230000.000101",
                null,
                null,
                null));
    assertThat(interaction.isBlockAction()).isTrue();
    assertThat(interaction.caseId()).isEqualTo("csat-215469837451234");
  }

  @Test
  void parsesAFixModalSubmission() {
    SlackInteraction interaction = SlackInteraction.parse(FIX_SUBMISSION);

    assertThat(interaction.isViewSubmission()).isTrue();
    assertThat(interaction.userId()).isEqualTo("U0REP");
    assertThat(interaction.callbackId()).isEqualTo("fix_modal");
    assertThat(interaction.caseId()).isEqualTo("csat-215469837451234");
    assertThat(interaction.fix())
        .isEqualTo(
            new FixModal.Submission(
                "billing issue", "invoices", "Refunded the duplicate charge \uD83D\uDE4F", null));
  }

  @Test
  void readsThePayloadFieldOfTheRawFormBody() {
    byte[] body =
        ("payload=" + URLEncoder.encode(CLAIM_CLICK, StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);

    SlackInteraction interaction = SlackInteraction.fromFormBody(body);

    assertThat(interaction.actionId()).isEqualTo("claim");
  }

  @Test
  void clickInsideAModalHasNoChannelOrMessage() {
    String payload =
        """
        {"type":"block_actions","user":{"id":"U0REP"},"trigger_id":"1.2.3",
         "container":{"type":"view","view_id":"V0VIEW"},
         "actions":[{"action_id":"eta","block_id":"eta","type":"datetimepicker","selected_date_time":%d}]}
        """
            .formatted(Instant.parse("2026-12-04T15:00:00Z").getEpochSecond());

    SlackInteraction interaction = SlackInteraction.parse(payload);

    assertThat(interaction.channelId()).isNull();
    assertThat(interaction.messageTs()).isNull();
    assertThat(interaction.value()).isNull();
  }

  @Test
  void badPayloadsSayWhatIsMissing() {
    assertThatThrownBy(() -> SlackInteraction.parse("{not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> SlackInteraction.parse("{\"type\":\"block_actions\",\"actions\":[]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user.id");
    assertThatThrownBy(
            () ->
                SlackInteraction.parse(
                    "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"actions\":[]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no actions");
    assertThatThrownBy(
            () -> SlackInteraction.parse("{\"type\":\"shortcut\",\"user\":{\"id\":\"U1\"}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported interaction type 'shortcut'");
    assertThatThrownBy(
            () -> SlackInteraction.fromFormBody("foo=bar".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'payload'");
    assertThatThrownBy(
            () ->
                SlackInteraction.parse(
                    FIX_SUBMISSION.replace("\"private_metadata\":\"csat-215469837451234\",", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("private_metadata");
  }
}
