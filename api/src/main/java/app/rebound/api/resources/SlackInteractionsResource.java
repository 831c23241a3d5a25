package app.rebound.api.resources;

import app.rebound.activities.slack.FixModal;
import app.rebound.activities.slack.MessageRenderer;
import app.rebound.activities.slack.SlackGateway;
import app.rebound.activities.slack.SlackInteraction;
import app.rebound.activities.slack.SlackSignature;
import app.rebound.api.ApiError;
import app.rebound.worker.CaseActions;
import app.rebound.workflows.model.Actions;
import app.rebound.workflows.model.Outcome;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's interactivity endpoint: button clicks and the fix modal. Slack wants an answer within 3
 * seconds, so clicks are acknowledged at once and their updates run in the background; a refusal
 * reaches the person as an ephemeral message. The modal opens before anything slow happens, since
 * its {@code trigger_id} expires after 3 seconds.
 */
@Path("/slack/interactions")
@Produces(MediaType.APPLICATION_JSON)
public final class SlackInteractionsResource {
  private static final Logger log = LoggerFactory.getLogger(SlackInteractionsResource.class);
  private static final long MODAL_ANSWER_MILLIS = 2_000;

  private final SlackSignature signature;
  private final boolean acceptUnsigned;
  private final CaseActions actions;
  private final SlackGateway slack;
  private final FixModal modal;
  private final ExecutorService background;
  private final Clock clock;

  public SlackInteractionsResource(
      String signingSecret,
      boolean acceptUnsigned,
      CaseActions actions,
      SlackGateway slack,
      FixModal modal,
      ExecutorService background,
      Clock clock) {
    this.signature = signingSecret == null ? null : new SlackSignature(signingSecret, clock);
    this.acceptUnsigned = acceptUnsigned;
    this.actions = actions;
    this.slack = slack;
    this.modal = modal;
    this.background = background;
    this.clock = clock;
  }

  @POST
  public Response interact(
      @HeaderParam(SlackSignature.TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(SlackSignature.SIGNATURE_HEADER) String signed,
      byte[] body) {
    if (body == null || body.length == 0) {
      throw ApiError.badRequest("empty_body", "The interaction body is empty.");
    }
    if (body.length > IntercomWebhookResource.MAX_BODY_BYTES) {
      throw ApiError.of(413, "too_large", "The interaction body is too large.");
    }
    checkSignature(timestamp, signed, body);
    SlackInteraction interaction;
    try {
      interaction = SlackInteraction.fromFormBody(body);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("invalid_interaction", e.getMessage());
    }
    if (interaction.isViewSubmission()) {
      return submitFix(interaction);
    }
    click(interaction);
    return Response.ok().build();
  }

  private void click(SlackInteraction click) {
    String caseId = click.caseId();
    String user = click.userId();
    String action = click.actionId() == null ? "" : click.actionId();
    switch (action) {
      case MessageRenderer.CLAIM ->
          inBackground(click, () -> actions.claim(caseId, new Actions.Claim(user)));
      case MessageRenderer.FOLLOW_UP ->
          inBackground(click, () -> actions.followUp(caseId, new Actions.FollowUp(user, null)));
      case MessageRenderer.FIX -> openFixModal(click);
      case MessageRenderer.CHECK_IN_RECOVERED -> checkIn(click, Outcome.RECOVERED);
      case MessageRenderer.CHECK_IN_STILL_UNHAPPY -> checkIn(click, Outcome.STILL_UNHAPPY);
      case MessageRenderer.CHECK_IN_NO_REPLY -> checkIn(click, Outcome.NO_REPLY);
      default -> log.debug("Slack action {} needs nothing from Rebound", action);
    }
  }

  private void openFixModal(SlackInteraction click) {
    try {
      slack.openView(click.triggerId(), modal.view(click.caseId()));
    } catch (RuntimeException e) {
      log.warn("Could not open the fix modal", e);
      tell(click, "Rebound could not open the fix form; use the case page instead.");
    }
  }

  private void checkIn(SlackInteraction click, Outcome outcome) {
    inBackground(
        click, () -> actions.checkIn(click.caseId(), new Actions.CheckIn(click.userId(), outcome)));
  }

  private void inBackground(SlackInteraction click, Supplier<?> action) {
    background.submit(
        () -> {
          try {
            action.get();
          } catch (CaseActions.ActionRefusedException | CaseActions.NoSuchCaseException e) {
            tell(click, e.getMessage());
          } catch (RuntimeException e) {
            log.error("Slack action {} failed; telling the person to retry", click.actionId(), e);
            tell(click, "Rebound could not record that just now; please try again.");
          }
        });
  }

  private void tell(SlackInteraction click, String text) {
    if (click.channelId() == null) {
      log.info("Refused Slack action {} outside a channel: {}", click.actionId(), text);
      return;
    }
    try {
      slack.postEphemeral(click.channelId(), click.userId(), text);
    } catch (RuntimeException e) {
      log.warn("Could not tell {} why the action was refused", click.userId(), e);
    }
  }

  private Response submitFix(SlackInteraction submission) {
    if (!FixModal.CALLBACK_ID.equals(submission.callbackId()) || submission.fix() == null) {
      return Response.ok().build();
    }
    Map<String, String> errors = modal.errors(submission.fix(), clock.instant());
    if (!errors.isEmpty()) {
      return Response.ok(Map.of("response_action", "errors", "errors", errors)).build();
    }
    Actions.Fix fix = submission.fix().toAction(submission.userId());
    Future<?> result = background.submit(() -> actions.fix(submission.caseId(), fix));
    try {
      result.get(MODAL_ANSWER_MILLIS, TimeUnit.MILLISECONDS);
      return Response.ok().build();
    } catch (ExecutionException e) {
      String why =
          e.getCause() instanceof RuntimeException refused
                  && (refused instanceof CaseActions.ActionRefusedException
                      || refused instanceof CaseActions.NoSuchCaseException)
              ? refused.getMessage()
              : "Rebound could not record the fix just now; please try again.";
      return Response.ok(
              Map.of("response_action", "errors", "errors", Map.of(FixModal.ROOT_CAUSE, why)))
          .build();
    } catch (TimeoutException e) {
      log.info("The fix is still being recorded; closing the modal and letting it finish");
      return Response.ok().build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.ok().build();
    }
  }

  private void checkSignature(String timestamp, String signed, byte[] body) {
    if (signature == null) {
      if (!acceptUnsigned) {
        throw ApiError.of(
            401,
            "unsigned",
            "SLACK_SIGNING_SECRET is not set, so Slack requests cannot be verified: refused.");
      }
      return;
    }
    if (!signature.isValid(timestamp, signed, body)) {
      throw ApiError.of(
          401,
          "bad_signature",
          "X-Slack-Signature does not match, or X-Slack-Request-Timestamp is over 5 minutes off.");
    }
  }
}
