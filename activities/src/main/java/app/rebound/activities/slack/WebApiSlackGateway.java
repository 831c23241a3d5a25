package app.rebound.activities.slack;

import app.rebound.workflows.model.SlackRef;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.MethodsConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.request.views.ViewsOpenRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.http.SlackHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Web API through the Slack SDK's synchronous {@link MethodsClient}, with a bot token.
 *
 * <p>The SDK reports {@code ok:false} as a normal response; this class turns it into a {@link
 * SlackPermanentException} or, for Slack's own hiccups, a {@link SlackTransientException}. HTTP 429
 * becomes a {@link SlackRateLimitedException} with the {@code Retry-After} delay. Nothing here
 * retries or sleeps: OkHttp's silent retry on connection failures is switched off, and the SDK's
 * rate-limit queueing only exists in its async client, which is not used.
 */
public final class WebApiSlackGateway implements SlackGateway, AutoCloseable {
  public static final String DEFAULT_API_URL = "https://slack.com/api/";

  private static final Logger log = LoggerFactory.getLogger(WebApiSlackGateway.class);
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
  private static final int TIMEOUT_MILLIS = 10_000;

  /** Slack's own failures: worth another try. Every other error code needs a person. */
  private static final Set<String> TRANSIENT_ERRORS =
      Set.of(
          "internal_error",
          "fatal_error",
          "service_unavailable",
          "request_timeout",
          "team_added_to_org");

  private static final Map<String, String> HINTS =
      Map.ofEntries(
          Map.entry(
              "channel_not_found",
              "check the channel id in the playbook (channels) and that the Rebound app can see"
                  + " that channel; a private channel needs the app invited"),
          Map.entry("not_in_channel", "invite the Rebound app to the channel with /invite"),
          Map.entry("is_archived", "unarchive the channel or point the playbook at another one"),
          Map.entry("invalid_auth", "set SLACK_BOT_TOKEN to the app's current bot token (xoxb-)"),
          Map.entry("not_authed", "set SLACK_BOT_TOKEN to the app's bot token (xoxb-)"),
          Map.entry("account_inactive", "the token's user or app was deactivated: reinstall"),
          Map.entry(
              "token_revoked",
              "the bot token was revoked: reinstall the app, update SLACK_BOT_TOKEN"),
          Map.entry("token_expired", "the bot token expired: update SLACK_BOT_TOKEN"),
          Map.entry("no_permission", "the app lacks permission: check its scopes and reinstall"),
          Map.entry("msg_too_long", "the message is longer than Slack allows: a Rebound bug"),
          Map.entry("invalid_blocks", "Slack rejected the Block Kit JSON: a Rebound bug"),
          Map.entry("invalid_blocks_format", "Slack rejected the Block Kit JSON: a Rebound bug"),
          Map.entry("message_not_found", "the message was deleted in Slack; nothing to update"),
          Map.entry("cant_update_message", "only the app's own messages can be updated"),
          Map.entry("user_not_in_channel", "the user is not in that channel"),
          Map.entry("expired_trigger_id", "the click is older than 3 seconds; click again"),
          Map.entry("invalid_trigger_id", "the trigger id is unknown; click again"));

  private final Slack slack;
  private final MethodsClient methods;

  /**
   * @param botToken the bot token ({@code xoxb-...})
   * @param apiUrl the Web API base URL ending in {@code /}, such as {@link #DEFAULT_API_URL}
   */
  public WebApiSlackGateway(String botToken, String apiUrl) {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(apiUrl, "apiUrl");
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    config.setStatsEnabled(false);
    MethodsConfig methodsConfig = new MethodsConfig();
    methodsConfig.setStatsEnabled(false);
    config.setMethodsConfig(methodsConfig);
    config.setHttpClientReadTimeoutMillis(TIMEOUT_MILLIS);
    config.setHttpClientWriteTimeoutMillis(TIMEOUT_MILLIS);
    config.setHttpClientCallTimeoutMillis(TIMEOUT_MILLIS);
    OkHttpClient okHttp =
        SlackHttpClient.buildOkHttpClient(config)
            .newBuilder()
            .retryOnConnectionFailure(false)
            .build();
    SlackHttpClient httpClient = new SlackHttpClient(okHttp);
    httpClient.setConfig(config);
    this.slack = Slack.getInstance(config, httpClient);
    this.methods = slack.methods(botToken);
  }

  @Override
  public SlackRef postMessage(
      String channel, String threadTs, String text, List<LayoutBlock> blocks) {
    ChatPostMessageRequest request =
        ChatPostMessageRequest.builder()
            .channel(channel)
            .threadTs(threadTs)
            .text(text)
            .blocks(blocks.isEmpty() ? null : blocks)
            .unfurlLinks(false)
            .unfurlMedia(false)
            .build();
    ChatPostMessageResponse response =
        call("chat.postMessage", () -> methods.chatPostMessage(request));
    return new SlackRef(response.getChannel(), response.getTs());
  }

  @Override
  public void updateMessage(SlackRef ref, String text, List<LayoutBlock> blocks) {
    ChatUpdateRequest request =
        ChatUpdateRequest.builder()
            .channel(ref.channel())
            .ts(ref.ts())
            .text(text)
            .blocks(blocks)
            .build();
    call("chat.update", () -> methods.chatUpdate(request));
  }

  @Override
  public void postEphemeral(String channel, String user, String text) {
    ChatPostEphemeralRequest request =
        ChatPostEphemeralRequest.builder().channel(channel).user(user).text(text).build();
    call("chat.postEphemeral", () -> methods.chatPostEphemeral(request));
  }

  @Override
  public void openView(String triggerId, View view) {
    ViewsOpenRequest request = ViewsOpenRequest.builder().triggerId(triggerId).view(view).build();
    call("views.open", () -> methods.viewsOpen(request));
  }

  /** Releases the HTTP client's connections and threads. */
  @Override
  public void close() {
    try {
      slack.close();
    } catch (Exception e) {
      log.warn("Closing the Slack client failed; its threads end with the process", e);
    }
  }

  private interface Call<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  private static <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
    T response;
    try {
      response = call.run();
    } catch (SlackApiException e) {
      throw fromHttpError(method, e);
    } catch (IOException e) {
      throw new SlackTransientException(method, e.toString(), e);
    }
    if (!response.isOk()) {
      throw fromErrorCode(method, response.getError(), response.getNeeded(), retryAfter(response));
    }
    if (response.getWarning() != null) {
      log.warn(
          "Slack answered {} with warning '{}'; the call succeeded", method, response.getWarning());
    }
    return response;
  }

  private static SlackException fromHttpError(String method, SlackApiException e) {
    int status = e.getResponse().code();
    if (status == 429) {
      return new SlackRateLimitedException(
          method, parseRetryAfter(e.getResponse().header("Retry-After")));
    }
    if (status >= 500 || status == 408) {
      return new SlackTransientException(method, "HTTP " + status, e);
    }
    if (e.getError() != null && e.getError().getError() != null) {
      return fromErrorCode(
          method, e.getError().getError(), e.getError().getNeeded(), DEFAULT_RETRY_AFTER);
    }
    return new SlackPermanentException(
        method, "http_" + status, "unexpected HTTP " + status + ": check SLACK_API_URL");
  }

  private static SlackException fromErrorCode(
      String method, String error, String needed, Duration retryAfter) {
    String code = error == null ? "unknown_error" : error;
    if ("ratelimited".equals(code)) {
      return new SlackRateLimitedException(method, retryAfter);
    }
    if (TRANSIENT_ERRORS.contains(code)) {
      return new SlackTransientException(method, "Slack answered '" + code + "'", null);
    }
    if ("missing_scope".equals(code)) {
      String scope = needed == null ? "the scope it needs" : "the scope '" + needed + "'";
      return new SlackPermanentException(
          method, code, "add " + scope + " to the Slack app's bot token scopes and reinstall it");
    }
    String hint =
        HINTS.getOrDefault(
            code, "see https://api.slack.com/methods/" + method + "#errors for what it means");
    return new SlackPermanentException(method, code, hint);
  }

  private static Duration retryAfter(SlackApiTextResponse response) {
    Map<String, List<String>> headers = response.getHttpResponseHeaders();
    List<String> values = headers == null ? null : headers.get("retry-after");
    return parseRetryAfter(values == null || values.isEmpty() ? null : values.get(0));
  }

  private static Duration parseRetryAfter(String header) {
    if (header == null) {
      return DEFAULT_RETRY_AFTER;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ofSeconds(1);
    } catch (NumberFormatException e) {
      return DEFAULT_RETRY_AFTER;
    }
  }
}
