package app.rebound.api.resources;

import static app.rebound.api.testing.ReboundClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.api.ReboundConfiguration;
import app.rebound.api.testing.FakeSlack;
import app.rebound.api.testing.Intercom;
import app.rebound.api.testing.ReboundClient;
import app.rebound.api.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CasesResourceTest {
  private static final FakeSlack SLACK = new FakeSlack();

  private static final DropwizardAppExtension<ReboundConfiguration> APP =
      TestApp.dev(SLACK, "playbook-test.yml", Map.of());

  private static ReboundClient rebound;

  @BeforeAll
  static void connect() {
    rebound = new ReboundClient(APP.getLocalPort());
  }

  @AfterAll
  static void stopSlack() {
    SLACK.close();
  }

  @Test
  void getUnknownCaseIsNotFound() {
    HttpResponse<String> response = rebound.get("/api/cases/csat-000000000000");

    assertError(response, 404, "no_such_case");
  }

  @Test
  void unknownStatusFilterIsABadRequest() {
    HttpResponse<String> response = rebound.get("/api/cases?status=bogus");

    assertError(response, 400, "invalid_filter");
    assertThat(json(response).path("detail").asText()).contains("status");
  }

  @Test
  void scoreFilterOutsideOneToFiveIsABadRequest() {
    HttpResponse<String> response = rebound.get("/api/cases?score=9");

    assertError(response, 400, "invalid_filter");
    assertThat(json(response).path("detail").asText()).contains("score");
  }

  @Test
  void claimWithMalformedJsonIsABadRequest() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);

    HttpResponse<String> response = rebound.post("/api/cases/" + caseId + "/claim", "{\"actor\":");

    assertError(response, 400, "invalid_json");
    assertThat(rebound.awaitCase(caseId).path("owner").isNull()).isTrue();
  }

  @Test
  void claimWithoutActorNamesTheField() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);

    HttpResponse<String> response = rebound.post("/api/cases/" + caseId + "/claim", "{}");

    assertError(response, 400, "missing_field");
    assertThat(json(response).path("detail").asText()).contains("actor");
  }

  @Test
  void claimWithABodyThatIsNotAnObjectIsABadRequest() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);

    HttpResponse<String> response =
        rebound.post("/api/cases/" + caseId + "/claim", "[\"U0MANAGER1\"]");

    assertError(response, 400, "invalid_json");
    assertThat(json(response).path("detail").asText()).contains("object");
  }

  @Test
  void followUpBeforeClaimIsRefusedAsOutOfOrder() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);

    HttpResponse<String> response =
        rebound.post("/api/cases/" + caseId + "/follow-up", "{\"actor\":\"U0REP1\"}");

    assertError(response, 409, "refused");
    assertThat(json(response).path("detail").asText()).contains("Claim the case first");
    assertThat(rebound.awaitCase(caseId).path("followedUpAt").isNull()).isTrue();
  }

  @Test
  void aRepCannotClaimAScoreOneCase() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 1);

    HttpResponse<String> response =
        rebound.post("/api/cases/" + caseId + "/claim", "{\"actor\":\"U0REP1\"}");

    assertError(response, 409, "refused");
    assertThat(json(response).path("detail").asText()).contains("managers").contains("senior reps");
    assertThat(rebound.awaitCase(caseId).path("owner").isNull()).isTrue();
  }

  @Test
  void aSecondClaimIsRefusedNamingTheOwner() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 1);
    HttpResponse<String> first =
        rebound.post("/api/cases/" + caseId + "/claim", "{\"actor\":\"U0MANAGER1\"}");

    HttpResponse<String> second =
        rebound.post("/api/cases/" + caseId + "/claim", "{\"actor\":\"U0SENIOR1\"}");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json(first).path("owner").asText()).isEqualTo("U0MANAGER1");
    assertError(second, 409, "refused");
    assertThat(json(second).path("detail").asText()).contains("U0MANAGER1").doesNotContain("<@");
    assertThat(rebound.awaitCase(caseId).path("owner").asText()).isEqualTo("U0MANAGER1");
  }

  @Test
  void anActorThatIsNotASlackUserIdIsABadRequest() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);

    HttpResponse<String> response =
        rebound.post(
            "/api/cases/" + caseId + "/claim", "{\"actor\":\"<img src=x onerror=alert(9)>\"}");

    assertError(response, 400, "invalid_field");
    assertThat(rebound.awaitCase(caseId).path("owner").isNull()).isTrue();
  }

  @Test
  void anActionBodyOverSixtyFourKibibytesIsTooLarge() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);
    String padded = "{\"actor\":\"U0REP1\",\"pad\":\"" + "a".repeat(70_000) + "\"}";

    HttpResponse<String> response = rebound.post("/api/cases/" + caseId + "/claim", padded);

    assertError(response, 413, "too_large");
    assertThat(rebound.awaitCase(caseId).path("owner").isNull()).isTrue();
  }

  @Test
  void fixWithAnUnknownRootCauseOrAPastEtaIsABadRequest() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);
    rebound.post("/api/cases/" + caseId + "/claim", "{\"actor\":\"U0REP1\"}");

    HttpResponse<String> aliens =
        rebound.post(
            "/api/cases/" + caseId + "/fix",
            "{\"actor\":\"U0REP1\",\"rootCause\":\"aliens\",\"whatWasFixed\":\"x\"}");
    HttpResponse<String> past =
        rebound.post(
            "/api/cases/" + caseId + "/fix",
            "{\"actor\":\"U0REP1\",\"rootCause\":\"other\",\"eta\":\"2020-01-01T00:00:00Z\"}");

    assertError(aliens, 400, "invalid_field");
    assertThat(json(aliens).path("detail").asText()).contains("billing issue");
    assertError(past, 400, "invalid_field");
    assertThat(rebound.awaitCase(caseId).path("fixedAt").isNull()).isTrue();
  }

  @Test
  void aFollowUpTimeInTheFutureIsABadRequestAndOneBeforeTheRatingIsRefused() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);
    rebound.post("/api/cases/" + caseId + "/claim", "{\"actor\":\"U0REP1\"}");

    HttpResponse<String> future =
        rebound.post(
            "/api/cases/" + caseId + "/follow-up",
            "{\"actor\":\"U0REP1\",\"at\":\"2099-01-01T00:00:00Z\"}");
    HttpResponse<String> early =
        rebound.post(
            "/api/cases/" + caseId + "/follow-up",
            "{\"actor\":\"U0REP1\",\"at\":\"2000-01-01T00:00:00Z\"}");

    assertError(future, 400, "invalid_field");
    assertError(early, 409, "refused");
    assertThat(json(early).path("detail").asText()).contains("between the rating and now");
    assertThat(rebound.awaitCase(caseId).path("followedUpAt").isNull()).isTrue();
  }

  @Test
  void jettysOwnRefusalsAreJsonToo() {
    HttpResponse<String> ambiguous = rebound.get("/api/cases/csat-x%2Fy");

    assertThat(ambiguous.statusCode()).isEqualTo(400);
    assertThat(ambiguous.headers().firstValue("Content-Type").orElse("")).contains("json");
    assertThat(json(ambiguous).path("error").asText()).isEqualTo("bad_request");
  }

  @Test
  void checkInWithAnUnknownOutcomeIsABadRequest() {
    String caseId = rebound.startCase(Intercom.newConversationId(), 2);

    HttpResponse<String> response =
        rebound.post(
            "/api/cases/" + caseId + "/check-in", "{\"actor\":\"U0REP1\",\"outcome\":\"bogus\"}");

    assertError(response, 400, "invalid_field");
    assertThat(json(response).path("detail").asText()).contains("outcome");
  }

  @Test
  void listingByConversationFindsTheCase() {
    String conversationId = Intercom.newConversationId();
    String caseId = rebound.startCase(conversationId, 2);

    JsonNode cases = rebound.casesOf(conversationId);

    assertThat(cases).hasSize(1);
    assertThat(cases.get(0).path("caseId").asText()).isEqualTo(caseId);
  }

  static void assertError(HttpResponse<String> response, int status, String error) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode json = json(response);
    assertThat(json.path("error").asText()).isEqualTo(error);
    assertThat(json.path("detail").asText()).isNotBlank();
  }
}
