package app.rebound.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

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
  @NotNull @JsonProperty public String publicUrl = "http://localhost:8080";
  @JsonProperty public String temporalUiUrl;

  @JsonIgnore private Mode mode = Mode.SERVER;

  public Mode mode() {
    return mode;
  }

  public void mode(Mode mode) {
    this.mode = mode;
  }

  /**
   * Null for a missing or blank value: the environment substitutes empty strings for unset ones.
   */
  public static String value(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
