package app.rebound.api.resources;

import app.rebound.activities.intercom.BodySignature;
import app.rebound.activities.intercom.HubSignature;
import app.rebound.activities.intercom.IntercomWebhook;
import app.rebound.activities.intercom.InvalidWebhookException;
import app.rebound.activities.intercom.WebhookEvent;
import app.rebound.api.ApiError;
import app.rebound.worker.CaseActions;
import app.rebound.worker.RatingIntake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Intercom's webhook. It answers at once: the signature is checked over the raw bytes, the payload
 * mapped to Rebound's types, and the work handed to the case workflow.
 */
@Path("/webhooks/intercom")
@Produces(MediaType.APPLICATION_JSON)
public final class IntercomWebhookResource {
  /** Intercom's notifications are a few kilobytes; anything far larger is not one. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(IntercomWebhookResource.class);

  private final HubSignature signature;
  private final BodySignature appSignature;
  private final boolean acceptUnsigned;
  private final IntercomWebhook parser = new IntercomWebhook();
  private final RatingIntake intake;
  private final CaseActions actions;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * @param clientSecret the app's client secret, or null
   * @param acceptUnsigned whether to take unsigned webhooks when there is no secret ({@code dev})
   */
  public IntercomWebhookResource(
      String clientSecret, boolean acceptUnsigned, RatingIntake intake, CaseActions actions) {
    this.signature = clientSecret == null ? null : new HubSignature(clientSecret);
    this.appSignature = clientSecret == null ? null : new BodySignature(clientSecret);
    this.acceptUnsigned = acceptUnsigned;
    this.intake = intake;
    this.actions = actions;
    if (signature == null && acceptUnsigned) {
      log.warn("INTERCOM_CLIENT_SECRET is not set: unsigned webhooks are accepted (dev only)");
    }
  }

  /** Intercom checks the URL with a HEAD request when the webhook is set up. */
  @HEAD
  public Response validate() {
    return Response.ok().build();
  }

  @POST
  public Response receive(
      @HeaderParam(HubSignature.HEADER) String header,
      @HeaderParam(BodySignature.HEADER) String appHeader,
      byte[] body) {
    checkSize(body);
    if (header == null && appHeader != null) {
      return appRequest(appHeader, body, "health check");
    }
    checkSignature(header, body);
    WebhookEvent event;
    try {
      event = parser.parse(body);
    } catch (InvalidWebhookException e) {
      throw ApiError.badRequest("invalid_webhook", e.getMessage());
    }
    if (event instanceof WebhookEvent.RatingAdded added) {
      RatingIntake.Result result;
      try {
        result = intake.receive(added.rating(), appId(body));
      } catch (RuntimeException e) {
        log.error("Could not hand the rating to Temporal; Intercom will deliver it again", e);
        throw ApiError.of(503, "unavailable", "Rebound could not start the case; retry later.");
      }
      return Response.ok(Map.of("caseId", result.caseId(), "duplicate", result.duplicate()))
          .build();
    }
    if (event instanceof WebhookEvent.AdminReplied replied) {
      actions.teammateReplied(replied.conversationId(), replied.toTeammateReply());
      return Response.ok(Map.of("ok", true)).build();
    }
    if (event instanceof WebhookEvent.Other other) {
      return Response.ok(Map.of("ignored", other.topic())).build();
    }
    return Response.ok(Map.of("ok", true)).build();
  }

  /**
   * Intercom's uninstall notification: the app was removed from a workspace. Cases already open go
   * on; no new ratings will arrive from that workspace.
   */
  @POST
  @Path("/uninstall")
  public Response uninstalled(@HeaderParam(BodySignature.HEADER) String appHeader, byte[] body) {
    checkSize(body);
    return appRequest(appHeader, body, "uninstall");
  }

  /** A request Intercom signs with {@code X-Body-Signature} instead of a webhook notification. */
  private Response appRequest(String appHeader, byte[] body, String kind) {
    if (appSignature == null) {
      if (!acceptUnsigned) {
        throw ApiError.of(
            401,
            "unsigned",
            "INTERCOM_CLIENT_SECRET is not set, so Intercom requests are refused.");
      }
    } else if (!appSignature.isValid(body, appHeader)) {
      throw ApiError.of(
          401, "bad_signature", "X-Body-Signature does not match the body and the client secret.");
    }
    String workspace = field(body, "workspace_id");
    if ("uninstall".equals(kind)) {
      log.warn(
          "Rebound was uninstalled from Intercom workspace {}: no new ratings will arrive",
          workspace);
    } else {
      log.info("Intercom {} request from workspace {} answered", kind, workspace);
    }
    return Response.ok(Map.of("ok", true)).build();
  }

  private static void checkSize(byte[] body) {
    if (body == null || body.length == 0) {
      throw ApiError.badRequest("empty_body", "The request body is empty.");
    }
    if (body.length > MAX_BODY_BYTES) {
      throw ApiError.of(413, "too_large", "The body is over " + MAX_BODY_BYTES + " bytes.");
    }
  }

  private void checkSignature(String header, byte[] body) {
    if (signature == null) {
      if (!acceptUnsigned) {
        throw ApiError.of(
            401,
            "unsigned",
            "INTERCOM_CLIENT_SECRET is not set, so webhooks cannot be verified and are refused.");
      }
      return;
    }
    if (!signature.isValid(body, header)) {
      throw ApiError.of(
          401, "bad_signature", "X-Hub-Signature does not match the body and the client secret.");
    }
  }

  private String appId(byte[] body) {
    return field(body, "app_id");
  }

  private String field(byte[] body, String name) {
    try {
      JsonNode value = mapper.readTree(body).path(name);
      return value.isTextual() ? value.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }
}
