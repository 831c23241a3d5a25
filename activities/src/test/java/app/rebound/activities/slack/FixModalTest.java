package app.rebound.activities.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.model.Actions;
import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.model.view.View;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixModalTest {
  private static final List<String> ROOT_CAUSES =
      List.of(
          "slow response",
          "wrong answer",
          "product bug",
          "billing issue",
          "missing feature",
          "documentation wrong",
          "other");

  private final FixModal modal = new FixModal(ROOT_CAUSES);

  @Test
  void modalCarriesCallbackIdCaseIdAndTheFourInputs() {
    View view = modal.view(Cases.CASE_ID);

    JsonNode json = BlockText.tree(SlackJson.view(view));
    assertThat(json.path("type").asText()).isEqualTo("modal");
    assertThat(json.path("callback_id").asText()).isEqualTo("fix_modal");
    assertThat(json.path("private_metadata").asText()).isEqualTo(Cases.CASE_ID);
    assertThat(json.path("blocks").findValuesAsText("block_id"))
        .containsExactly("root_cause", "product_area", "what_was_fixed", "eta");
    JsonNode rootCause = json.path("blocks").get(1).path("element");
    assertThat(rootCause.path("type").asText()).isEqualTo("static_select");
    assertThat(rootCause.path("options").findValuesAsText("value"))
        .containsExactlyElementsOf(ROOT_CAUSES);
    assertThat(json.path("blocks").get(3).path("element").path("multiline").asBoolean()).isTrue();
    assertThat(json.path("blocks").get(3).path("optional").asBoolean()).isTrue();
    assertThat(json.path("blocks").get(4).path("element").path("type").asText())
        .isEqualTo("datetimepicker");
    assertThat(json.path("blocks").get(4).path("optional").asBoolean()).isTrue();
  }

  @Test
  void submissionOfTheModalRoundTrips() {
    View view = modal.view(Cases.CASE_ID);
    JsonNode built = BlockText.tree(SlackJson.view(view));
    String chosen =
        built.path("blocks").get(1).path("element").path("options").get(2).path("value").asText();
    JsonNode values =
        BlockText.tree(
            """
            {"root_cause": {"root_cause": {"type": "static_select",
                "selected_option": {"text": {"type": "plain_text", "text": "%s"}, "value": "%s"}}},
             "product_area": {"product_area": {"type": "plain_text_input", "value": " billing "}},
             "what_was_fixed": {"what_was_fixed": {"type": "plain_text_input",
                "value": "Refunded the double charge"}},
             "eta": {"eta": {"type": "datetimepicker", "selected_date_time": 1764860400}}}
            """
                .formatted(chosen, chosen));

    FixModal.Submission submission = FixModal.parse(values);

    assertThat(submission)
        .isEqualTo(
            new FixModal.Submission(
                "product bug",
                "billing",
                "Refunded the double charge",
                Instant.ofEpochSecond(1764860400)));
    assertThat(submission.toAction("U0REP"))
        .isEqualTo(
            new Actions.Fix(
                "U0REP",
                "product bug",
                "billing",
                "Refunded the double charge",
                Instant.ofEpochSecond(1764860400)));
  }

  @Test
  void emptyOptionalInputsBecomeNull() {
    JsonNode values =
        BlockText.tree(
            """
            {"root_cause": {"root_cause": {"type": "static_select",
                "selected_option": {"value": "other"}}},
             "product_area": {"product_area": {"type": "plain_text_input", "value": "login"}},
             "what_was_fixed": {"what_was_fixed": {"type": "plain_text_input", "value": null}},
             "eta": {"eta": {"type": "datetimepicker", "selected_date_time": null}}}
            """);

    FixModal.Submission submission = FixModal.parse(values);

    assertThat(submission.whatWasFixed()).isNull();
    assertThat(submission.eta()).isNull();
    assertThat(modal.errors(submission, Instant.ofEpochSecond(1764770000)))
        .containsOnlyKeys("what_was_fixed");
  }

  @Test
  void missingRootCauseAndProductAreaAreFieldErrors() {
    JsonNode values =
        BlockText.tree(
            """
            {"root_cause": {"root_cause": {"type": "static_select", "selected_option": null}},
             "product_area": {"product_area": {"type": "plain_text_input", "value": " "}},
             "what_was_fixed": {"what_was_fixed": {"type": "plain_text_input", "value": "x"}}}
            """);

    FixModal.Submission submission = FixModal.parse(values);

    assertThat(submission.rootCause()).isNull();
    assertThat(modal.errors(submission, Instant.ofEpochSecond(1764770000)))
        .containsOnlyKeys("root_cause", "product_area");
  }

  @Test
  void submissionWithoutValuesIsRefused() {
    assertThatThrownBy(() -> FixModal.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("view.state.values");
  }

  @Test
  void errorsNameAnUnknownRootCauseAndAPastEta() {
    FixModal.Submission submission =
        new FixModal.Submission("gremlins", "billing", null, Instant.ofEpochSecond(1000));

    assertThat(modal.errors(submission, Instant.ofEpochSecond(2000)))
        .containsOnlyKeys("root_cause", "eta");
  }
}
