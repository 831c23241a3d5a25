package app.rebound.api.testing;

import app.rebound.api.ReboundApplication;
import app.rebound.api.ReboundConfiguration;
import app.rebound.api.cli.ServeCommand;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rebound in {@code dev} mode for a test class: embedded Temporal and H2 on free ports and a fresh
 * data directory under {@code target/}, the worker in process, Slack pointed at a {@link
 * FakeSlack}, and every secret set so requests must be signed.
 */
public final class TestApp {
  public static final String INTERCOM_SECRET = "intercom-test-client-secret";
  public static final String SLACK_SIGNING_SECRET = "slack-test-signing-secret";

  private static final String PREFIX = "dw.";

  private TestApp() {}

  /**
   * @param playbook a playbook under {@code src/test/resources}
   * @param extra further configuration values, by key path
   */
  public static DropwizardAppExtension<ReboundConfiguration> dev(
      FakeSlack slack, String playbook, Map<String, String> extra) {
    String dataDir =
        Paths.get("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath().toString();
    List<ConfigOverride> overrides = new ArrayList<>();
    overrides.add(ConfigOverride.config(PREFIX, "server.connector.port", "0"));
    overrides.add(ConfigOverride.config(PREFIX, "temporal.embeddedPort", "0"));
    overrides.add(ConfigOverride.config(PREFIX, "database.directory", dataDir));
    overrides.add(ConfigOverride.config(PREFIX, "intercom.clientSecret", INTERCOM_SECRET));
    overrides.add(ConfigOverride.config(PREFIX, "slack.signingSecret", SLACK_SIGNING_SECRET));
    overrides.add(ConfigOverride.config(PREFIX, "slack.botToken", FakeSlack.BOT_TOKEN));
    overrides.add(ConfigOverride.config(PREFIX, "slack.apiUrl", slack.url()));
    overrides.add(
        ConfigOverride.config(PREFIX, "playbook", ResourceHelpers.resourceFilePath(playbook)));
    extra.forEach((key, value) -> overrides.add(ConfigOverride.config(PREFIX, key, value)));
    return new DropwizardAppExtension<>(
        ReboundApplication.class,
        ResourceHelpers.resourceFilePath("rebound-test.yml"),
        PREFIX,
        ServeCommand::dev,
        overrides.toArray(new ConfigOverride[0]));
  }
}
