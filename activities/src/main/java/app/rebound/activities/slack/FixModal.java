package app.rebound.activities.slack;

import app.rebound.workflows.model.Actions;
import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.DatetimePickerElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The modal that the Fixed button opens ({@code views.open}), and the reading of its {@code
 * view_submission}. Each input's block id and action id are the same: {@code root_cause}, {@code
 * product_area}, {@code what_was_fixed} and {@code eta}; the case id travels in {@code
 * private_metadata}.
 */
public final class FixModal {
  public static final String CALLBACK_ID = "fix_modal";
  public static final String ROOT_CAUSE = "root_cause";
  public static final String PRODUCT_AREA = "product_area";
  public static final String WHAT_WAS_FIXED = "what_was_fixed";
  public static final String ETA = "eta";

  // Slack's limits: option text 75 characters, option value 150.
  private static final int OPTION_TEXT_LIMIT = 75;
  private static final int OPTION_VALUE_LIMIT = 150;
  private static final int MAX_OPTIONS = 100;

  private final List<String> rootCauses;

  /**
   * @param rootCauses the playbook's root-cause categories, in the order to offer them
   */
  public FixModal(List<String> rootCauses) {
    if (rootCauses == null || rootCauses.isEmpty()) {
      throw new IllegalArgumentException("the fix modal needs at least one root-cause category");
    }
    this.rootCauses = List.copyOf(rootCauses);
  }

  /**
   * What the owner submitted.
   *
   * @param whatWasFixed null when left empty
   * @param eta when the fix will be done, or null when it is done now
   */
  public record Submission(String rootCause, String productArea, String whatWasFixed, Instant eta) {

    /** The workflow's fix action, by {@code actor}. */
    public Actions.Fix toAction(String actor) {
      return new Actions.Fix(
          actor, rootCause, productArea, whatWasFixed == null ? "" : whatWasFixed, eta);
    }
  }

  /** The modal for the case. */
  public View view(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    List<OptionObject> options =
        rootCauses.stream()
            .limit(MAX_OPTIONS)
            .map(
                cause ->
                    OptionObject.builder()
                        .text(plain(SlackText.truncate(cause, OPTION_TEXT_LIMIT)))
                        .value(SlackText.truncate(cause, OPTION_VALUE_LIMIT))
                        .build())
            .toList();
    List<LayoutBlock> blocks =
        List.of(
            SectionBlock.builder()
                .text(
                    MarkdownTextObject.builder()
                        .text(
                            "Record what caused the bad rating and what was fixed. If the fix needs"
                                + " more time, give an ETA instead: it becomes the fix deadline.")
                        .build())
                .build(),
            InputBlock.builder()
                .blockId(ROOT_CAUSE)
                .label(plain("Root cause"))
                .element(
                    StaticSelectElement.builder()
                        .actionId(ROOT_CAUSE)
                        .placeholder(plain("Pick a category"))
                        .options(options)
                        .build())
                .build(),
            InputBlock.builder()
                .blockId(PRODUCT_AREA)
                .label(plain("Product area"))
                .element(
                    PlainTextInputElement.builder()
                        .actionId(PRODUCT_AREA)
                        .placeholder(plain("e.g. billing"))
                        .maxLength(100)
                        .build())
                .build(),
            InputBlock.builder()
                .blockId(WHAT_WAS_FIXED)
                .label(plain("What was fixed"))
                .optional(true)
                .element(
                    PlainTextInputElement.builder()
                        .actionId(WHAT_WAS_FIXED)
                        .multiline(true)
                        .maxLength(2000)
                        .build())
                .build(),
            InputBlock.builder()
                .blockId(ETA)
                .label(plain("Fix ETA, if it needs more time"))
                .optional(true)
                .hint(plain("Leave empty when the fix is done."))
                .element(DatetimePickerElement.builder().actionId(ETA).build())
                .build());
    return View.builder()
        .type("modal")
        .callbackId(CALLBACK_ID)
        .privateMetadata(caseId)
        .title(ViewTitle.builder().type("plain_text").text("Record the fix").build())
        .submit(ViewSubmit.builder().type("plain_text").text("Save").build())
        .close(ViewClose.builder().type("plain_text").text("Cancel").build())
        .blocks(blocks)
        .build();
  }

  /**
   * Reads {@code view.state.values} of a {@code view_submission}. Empty inputs come back null, so
   * that {@link #errors} can mark them in the modal rather than the request failing.
   *
   * @throws IllegalArgumentException when there are no values at all
   */
  public static Submission parse(JsonNode values) {
    if (values == null || !values.isObject()) {
      throw new IllegalArgumentException("view_submission of fix_modal lacks view.state.values");
    }
    String rootCause = text(input(values, ROOT_CAUSE).path("selected_option").path("value"));
    String productArea = text(input(values, PRODUCT_AREA).path("value"));
    String whatWasFixed = text(input(values, WHAT_WAS_FIXED).path("value"));
    JsonNode eta = input(values, ETA).path("selected_date_time");
    return new Submission(
        rootCause,
        productArea,
        whatWasFixed,
        eta.isNumber() ? Instant.ofEpochSecond(eta.asLong()) : null);
  }

  /**
   * What is wrong with a submission, by block id, for Slack's {@code response_action: errors}
   * answer; empty when it is fine.
   */
  public Map<String, String> errors(Submission submission, Instant now) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (submission.rootCause() == null || !rootCauses.contains(submission.rootCause())) {
      errors.put(ROOT_CAUSE, "Pick one of the listed root causes.");
    }
    if (submission.productArea() == null) {
      errors.put(PRODUCT_AREA, "Say which product area this was about.");
    }
    if (submission.eta() == null && submission.whatWasFixed() == null) {
      errors.put(WHAT_WAS_FIXED, "Say what was fixed, or give an ETA below.");
    }
    if (submission.eta() != null && !submission.eta().isAfter(now)) {
      errors.put(ETA, "The ETA must be in the future.");
    }
    return errors;
  }

  private static JsonNode input(JsonNode values, String id) {
    return values.path(id).path(id);
  }

  private static String text(JsonNode node) {
    if (!node.isTextual() || node.asText().isBlank()) {
      return null;
    }
    return node.asText().strip();
  }

  private static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).emoji(true).build();
  }
}
