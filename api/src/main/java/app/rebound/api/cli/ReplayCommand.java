package app.rebound.api.cli;

import app.rebound.activities.intercom.HubSignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code replay FILE...}: sends Intercom webhook bodies to a running Rebound, signed the way
 * Intercom signs them, so that a case can be tried without Intercom. By default the rating and
 * notification are moved to now and given a fresh notification id, so each replay is a new rating
 * with deadlines ahead of it; {@code --as-is} sends the bytes unchanged.
 */
public final class ReplayCommand extends Command {
  private final PrintStream out;

  public ReplayCommand() {
    this(System.out);
  }

  ReplayCommand(PrintStream out) {
    super("replay", "Sends sample Intercom webhooks to a running Rebound");
    this.out = out;
  }

  @Override
  public void configure(Subparser subparser) {
    subparser
        .addArgument("--url")
        .setDefault("http://localhost:" + envOr("PORT", "8080") + "/webhooks/intercom")
        .help("the webhook URL (default: this machine's Rebound)");
    subparser
        .addArgument("--secret")
        .setDefault(System.getenv("INTERCOM_CLIENT_SECRET"))
        .help("the Intercom client secret to sign with (default: INTERCOM_CLIENT_SECRET)");
    subparser
        .addArgument("--as-is")
        .action(Arguments.storeTrue())
        .help("send the files byte for byte, keeping their ids and timestamps");
    subparser.addArgument("files").nargs("+").help("webhook JSON files");
  }

  @Override
  public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String secret = namespace.getString("secret");
    boolean asIs = Boolean.TRUE.equals(namespace.getBoolean("as_is"));
    List<String> files = namespace.getList("files");
    int failures = 0;
    for (String file : files) {
      Path path = Path.of(file);
      if (!Files.isReadable(path)) {
        throw new IllegalArgumentException("cannot read " + file);
      }
      byte[] body = Files.readAllBytes(path);
      if (!asIs) {
        body = refresh(mapper, body);
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(url(namespace.getString("url")))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      if (secret != null && !secret.isBlank()) {
        request.header(HubSignature.HEADER, new HubSignature(secret).sign(body));
      }
      HttpResponse<String> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(
            "could not reach " + namespace.getString("url") + " (is Rebound running there?)", e);
      }
      out.println(file + " -> " + response.statusCode() + " " + response.body());
      if (response.statusCode() >= 300) {
        failures++;
      }
    }
    if (failures > 0) {
      throw new IllegalStateException(failures + " of " + files.size() + " deliveries failed");
    }
  }

  /** Moves the delivery to now, with a fresh notification id. */
  static byte[] refresh(ObjectMapper mapper, byte[] body) throws java.io.IOException {
    JsonNode root = mapper.readTree(body);
    if (!(root instanceof ObjectNode notification)) {
      return body;
    }
    long now = Instant.now().getEpochSecond();
    notification.put("id", "notif_replay_" + UUID.randomUUID());
    notification.put("created_at", now);
    JsonNode item = root.path("data").path("item");
    if (item.path("conversation_rating") instanceof ObjectNode rating) {
      rating.put("created_at", now);
      rating.put("updated_at", now);
    }
    for (JsonNode part : item.path("conversation_parts").path("conversation_parts")) {
      if (part instanceof ObjectNode object) {
        object.put("created_at", now + 1);
      }
    }
    return mapper.writeValueAsBytes(root);
  }

  private static URI url(String text) {
    URI url = URI.create(text);
    if (url.getScheme() == null || url.getHost() == null) {
      throw new IllegalArgumentException(text + " is not an http(s) URL");
    }
    return url;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable failure) {
    CommandErrors.report(cli, "replay", failure);
  }
}
