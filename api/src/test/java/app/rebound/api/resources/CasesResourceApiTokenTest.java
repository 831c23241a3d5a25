package app.rebound.api.resources;

import static app.rebound.api.resources.CasesResourceTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.api.ReboundConfiguration;
import app.rebound.api.testing.FakeSlack;
import app.rebound.api.testing.ReboundClient;
import app.rebound.api.testing.TestApp;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With {@code REBOUND_API_TOKEN} set, even loopback callers of {@code /api/*} need it. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CasesResourceApiTokenTest {
  private static final String TOKEN = "s3cret-api-token";
  private static final FakeSlack SLACK = new FakeSlack();

  private static final DropwizardAppExtension<ReboundConfiguration> APP =
      TestApp.dev(SLACK, "playbook-test.yml", Map.of("apiToken", TOKEN));

  @AfterAll
  static void stopSlack() {
    SLACK.close();
  }

  @Test
  void withoutTokenIsUnauthorized() {
    HttpResponse<String> response = new ReboundClient(APP.getLocalPort()).get("/api/cases");

    assertError(response, 401, "unauthorized");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void withTheWrongTokenIsUnauthorized() {
    HttpResponse<String> response =
        new ReboundClient(APP.getLocalPort(), "not-the-token").get("/api/cases");

    assertError(response, 401, "unauthorized");
  }

  @Test
  void withTheRightTokenListsCases() {
    HttpResponse<String> response = new ReboundClient(APP.getLocalPort(), TOKEN).get("/api/cases");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(ReboundClient.json(response).isArray()).isTrue();
  }

  @Test
  void theTokenDoesNotGuardTheWebhook() {
    HttpResponse<String> response =
        new ReboundClient(APP.getLocalPort()).head("/webhooks/intercom");

    assertThat(response.statusCode()).isEqualTo(200);
  }
}
