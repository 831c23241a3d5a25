package app.rebound.api.resources;

import app.rebound.activities.db.CaseFilter;
import app.rebound.activities.db.CaseStore;
import app.rebound.api.ApiError;
import app.rebound.worker.CaseActions;
import app.rebound.workflows.model.Actions;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Cases for the dashboard and tools. Reads come from the case database; actions go to the case's
 * workflow, which decides whether they are allowed now.
 */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public final class CasesResource {
  /** An action's body names a person and a few words; anything much larger is not one. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  /** Slack user ids: people act as themselves in Slack, so the API takes the same ids. */
  private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{2,30}");

  private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)>");

  private final CaseStore cases;
  private final CaseActions actions;
  private final ObjectMapper mapper;
  private final List<String> rootCauses;
  private final Clock clock;

  public CasesResource(
      CaseStore cases,
      CaseActions actions,
      ObjectMapper mapper,
      List<String> rootCauses,
      Clock clock) {
    this.cases = cases;
    this.actions = actions;
    this.mapper = mapper;
    this.rootCauses = List.copyOf(rootCauses);
    this.clock = clock;
  }

  @GET
  public List<CaseView> list(
      @QueryParam("status") String status,
      @QueryParam("score") String score,
      @QueryParam("conversationId") String conversationId,
      @QueryParam("limit") String limit) {
    CaseFilter filter = CaseFilter.all();
    try {
      if (status != null && !status.isBlank()) {
        filter = filter.withStatus(CaseFilter.Status.fromWire(status));
      }
      if (score != null && !score.isBlank()) {
        filter = filter.withScore(number("score", score, 1, 5));
      }
      if (conversationId != null && !conversationId.isBlank()) {
        filter = filter.withConversationId(conversationId);
      }
      if (limit != null && !limit.isBlank()) {
        filter = filter.withLimit(number("limit", limit, 1, 1000));
      }
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("invalid_filter", e.getMessage());
    }
    return cases.list(filter);
  }

  @GET
  @Path("/{caseId}")
  public CaseView get(@PathParam("caseId") String caseId) {
    return cases.find(caseId).orElseThrow(() -> noSuchCase(caseId));
  }

  @POST
  @Path("/{caseId}/claim")
  public CaseView claim(@PathParam("caseId") String caseId, byte[] body) {
    JsonNode json = object(body);
    return act(() -> actions.claim(caseId, new Actions.Claim(actor(json))));
  }

  @POST
  @Path("/{caseId}/follow-up")
  public CaseView followUp(@PathParam("caseId") String caseId, byte[] body) {
    JsonNode json = object(body);
    Instant at = instant(json, "at");
    if (at != null && at.isAfter(clock.instant())) {
      throw ApiError.badRequest("invalid_field", "at must not be in the future.");
    }
    Actions.FollowUp followUp = new Actions.FollowUp(actor(json), at);
    return act(() -> actions.followUp(caseId, followUp));
  }

  @POST
  @Path("/{caseId}/fix")
  public CaseView fix(@PathParam("caseId") String caseId, byte[] body) {
    JsonNode json = object(body);
    String whatWasFixed = text(json, "whatWasFixed");
    if (whatWasFixed == null) {
      whatWasFixed = text(json, "fix");
    }
    String rootCause = required(json, "rootCause");
    if (!rootCauses.contains(rootCause)) {
      throw ApiError.badRequest(
          "invalid_field", "rootCause must be one of: " + String.join(", ", rootCauses) + ".");
    }
    Instant eta = instant(json, "eta");
    if (eta != null && !eta.isAfter(clock.instant())) {
      throw ApiError.badRequest("invalid_field", "eta must be in the future.");
    }
    Actions.Fix fix =
        new Actions.Fix(actor(json), rootCause, text(json, "productArea"), whatWasFixed, eta);
    return act(() -> actions.fix(caseId, fix));
  }

  @POST
  @Path("/{caseId}/check-in")
  public CaseView checkIn(@PathParam("caseId") String caseId, byte[] body) {
    JsonNode json = object(body);
    String actor = actor(json);
    Outcome outcome;
    try {
      outcome = Outcome.fromWire(required(json, "outcome"));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("invalid_field", "outcome: " + e.getMessage());
    }
    return act(() -> actions.checkIn(caseId, new Actions.CheckIn(actor, outcome)));
  }

  private CaseView act(Supplier<CaseView> action) {
    try {
      return action.get();
    } catch (CaseActions.NoSuchCaseException e) {
      throw ApiError.of(404, "no_such_case", e.getMessage());
    } catch (CaseActions.ActionRefusedException e) {
      // The workflow words refusals for Slack; the API names people by their plain ids.
      throw ApiError.of(409, "refused", MENTION.matcher(e.getMessage()).replaceAll("$1"));
    }
  }

  private JsonNode object(byte[] body) {
    if (body == null || body.length == 0) {
      throw ApiError.badRequest(
          "empty_body", "Send a JSON object naming who acts: {\"actor\": \"U…\"}.");
    }
    if (body.length > MAX_BODY_BYTES) {
      throw ApiError.of(413, "too_large", "The body is over " + MAX_BODY_BYTES + " bytes.");
    }
    JsonNode json;
    try {
      json = mapper.readTree(body);
    } catch (IOException e) {
      throw ApiError.badRequest("invalid_json", "The body is not JSON: " + e.getMessage());
    }
    if (json == null || !json.isObject()) {
      throw ApiError.badRequest("invalid_json", "The body must be a JSON object.");
    }
    return json;
  }

  private static String actor(JsonNode json) {
    String actor = required(json, "actor");
    if (!SLACK_USER.matcher(actor).matches()) {
      throw ApiError.badRequest(
          "invalid_field", "actor must be a Slack user id such as U0123ABCD.");
    }
    return actor;
  }

  private static String required(JsonNode json, String field) {
    String value = text(json, field);
    if (value == null) {
      throw ApiError.badRequest("missing_field", field + " is required.");
    }
    return value;
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw ApiError.badRequest("invalid_field", field + " must be a string.");
    }
    return node.asText().isBlank() ? null : node.asText();
  }

  private static Instant instant(JsonNode json, String field) {
    String value = text(json, field);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(
          "invalid_field", field + " must be an ISO-8601 UTC time such as 2026-12-03T15:00:00Z.");
    }
  }

  private static int number(String name, String text, int min, int max) {
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max);
  }

  private static jakarta.ws.rs.WebApplicationException noSuchCase(String caseId) {
    return ApiError.of(404, "no_such_case", "No case " + caseId + ".");
  }
}
