package app.rebound.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Rebound's configuration: the built-in {@code rebound.yml} fills every value from SPEC §2's
 * environment variables, so a deployment sets variables rather than writing this file.
 */
public class ReboundConfiguration extends Configuration {

  /** The Temporal frontend. */
  public static class TemporalSettings {
    /** host:port; blank in {@code dev} means the embedded server. */
    @JsonProperty public String address;

    @NotNull @JsonProperty public String namespace = "default";

    /** The embedded server's port in {@code dev}; 0 picks a free one. */
    @JsonProperty public int embeddedPort = 7233;

    /** Whether the server has Rebound's search attributes registered (see the README). */
    @JsonProperty public boolean searchAttributes = true;
  }

  /** The case database. */
  public static class DatabaseSettings {
    /** JDBC URL; blank in {@code dev} means the embedded file database under {@code directory}. */
    @JsonProperty public String url;

    @JsonProperty public String user;
    @JsonProperty public String password;
    @NotNull @JsonProperty public String directory = "./data";
  }

  public static class IntercomSettings {
    @JsonProperty public String clientSecret;
    @JsonProperty public String accessToken;
    @NotNull @JsonProperty public String apiUrl = "https://api.intercom.io";
    @NotNull @JsonProperty public String appUrl = "https://app.intercom.com";
  }

  public static class SlackSettings {
    @JsonProperty public String botToken;
    @JsonProperty public String signingSecret;
    @NotNull @JsonProperty public String apiUrl = "https://slack.com/api/";
  }

  @Valid @NotNull @JsonProperty public TemporalSettings temporal = new TemporalSettings();
  @Valid @NotNull @JsonProperty public DatabaseSettings database = new DatabaseSettings();
  @Valid @NotNull @JsonProperty public IntercomSettings intercom = new IntercomSettings();
  @Valid @NotNull @JsonProperty public SlackSettings slack = new SlackSettings();

  /** Path of the playbook YAML; blank means the built-in playbook. */
  @JsonProperty public String playbook;

  @JsonProperty public String apiToken;

  /** Base URL of the dashboard for links; blank means this machine's HTTP port. */
  @JsonProperty public String publicUrl;

  @JsonProperty public String temporalUiUrl;

  @JsonIgnore private Mode mode = Mode.SERVER;

  public Mode mode() {
    return mode;
  }

  public void mode(Mode mode) {
    this.mode = mode;
  }

  /** The HTTP connector of the simple server that the built-in configuration sets up, if any. */
  @JsonIgnore
  public Optional<HttpConnectorFactory> httpConnector() {
    if (getServerFactory() instanceof SimpleServerFactory simple
        && simple.getConnector() instanceof HttpConnectorFactory http) {
      return Optional.of(http);
    }
    return Optional.empty();
  }

  /** {@code REBOUND_PUBLIC_URL}, or {@code http://localhost:<PORT>}. */
  @JsonIgnore
  public String dashboardUrl() {
    String url = value(publicUrl);
    if (url != null) {
      return url;
    }
    int port = httpConnector().map(HttpConnectorFactory::getPort).orElse(8080);
    return "http://localhost:" + port;
  }

  /**
   * Null for a missing or blank value: the environment substitutes empty strings for unset ones.
   */
  public static String value(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
