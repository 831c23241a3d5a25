package app.rebound.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.activities.intercom.HubSignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.dropwizard.testing.ResourceHelpers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.sourceforge.argparse4j.inf.Namespace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplayCommandTest {
  private static final String SECRET = "replay-secret";
  private final ObjectMapper mapper = new ObjectMapper();
  private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
  private final List<String> signatures = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @BeforeEach
  void startFakeRebound() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/webhooks/intercom",
        exchange -> {
          bodies.add(exchange.getRequestBody().readAllBytes());
          signatures.add(exchange.getRequestHeaders().getFirst(HubSignature.HEADER));
          byte[] answer = "{\"caseId\":\"csat-1\",\"duplicate\":false}".getBytes();
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void replaySignsAFreshCopyOfTheRatingMovedToNow() throws Exception {
    String file = ResourceHelpers.resourceFilePath("fixtures/rating-1.json");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    long before = Instant.now().getEpochSecond();

    new ReplayCommand(new PrintStream(printed, true, StandardCharsets.UTF_8))
        .run(null, namespace(file, false));

    byte[] sent = bodies.get(0);
    JsonNode original = mapper.readTree(Files.readAllBytes(Path.of(file)));
    JsonNode replayed = mapper.readTree(sent);
    assertThat(new HubSignature(SECRET).isValid(sent, signatures.get(0))).isTrue();
    assertThat(replayed.path("id").asText()).startsWith("notif_replay_");
    assertThat(
            replayed
                .path("data")
                .path("item")
                .path("conversation_rating")
                .path("created_at")
                .asLong())
        .isGreaterThanOrEqualTo(before);
    assertThat(replayed.path("data").path("item").path("conversation_rating").path("remark"))
        .isEqualTo(original.path("data").path("item").path("conversation_rating").path("remark"));
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("-> 200");
  }

  @Test
  void replayAsIsSendsTheFileByteForByte() throws Exception {
    String file = ResourceHelpers.resourceFilePath("fixtures/rating-1.json");

    new ReplayCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .run(null, namespace(file, true));

    assertThat(bodies.get(0)).isEqualTo(Files.readAllBytes(Path.of(file)));
    assertThat(new HubSignature(SECRET).isValid(bodies.get(0), signatures.get(0))).isTrue();
  }

  private Namespace namespace(String file, boolean asIs) {
    return new Namespace(
        Map.of(
            "url",
            "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/intercom",
            "secret",
            SECRET,
            "as_is",
            asIs,
            "files",
            List.of(file)));
  }
}
