package app.rebound.activities.slack;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.workflows.model.SlackRef;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class OutboxSlackGatewayTest {
  private final List<OutboxMessage> kept = new ArrayList<>();
  private final OutboxStore store =
      new OutboxStore() {
        @Override
        public OutboxMessage add(OutboxMessage m) {
          OutboxMessage stored =
              new OutboxMessage(
                  kept.size() + 1,
                  Instant.now(),
                  m.method(),
                  m.channel(),
                  m.ts(),
                  m.threadTs(),
                  m.user(),
                  m.text(),
                  m.blocks());
          kept.add(stored);
          return stored;
        }

        @Override
        public List<OutboxMessage> latest(int limit) {
          return List.copyOf(kept);
        }
      };
  private final OutboxSlackGateway gateway =
      new OutboxSlackGateway(
          store, Clock.fixed(Instant.ofEpochSecond(1733230000L), ZoneOffset.UTC));
  private final Logger logger = (Logger) LoggerFactory.getLogger(OutboxSlackGateway.class);
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  @BeforeEach
  void captureLogs() {
    logs.start();
    logger.addAppender(logs);
    logger.setLevel(Level.DEBUG);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(logs);
    logger.setLevel(null);
  }

  @Test
  void keepsEachMessageWithItsBlocksAndUniqueSlackLikeTs() {
    RenderedMessage alert = new MessageRenderer().render(Cases.alert());

    SlackRef first = gateway.postMessage("C0ALERTS", null, alert.text(), alert.blocks());
    SlackRef second = gateway.postMessage("C0ALERTS", first.ts(), "reply", List.of());

    assertThat(first.ts()).isEqualTo("1733230000.000000");
    assertThat(second.ts()).isEqualTo("1733230000.000001");
    assertThat(second.ts()).matches("\\d{10}\\.\\d{6}");
    assertThat(kept).hasSize(2);
    assertThat(kept.get(0).method()).isEqualTo("chat.postMessage");
    assertThat(kept.get(0).blocks()).contains("\"action_id\":\"claim\"", "<@U0MANAGER1>");
    assertThat(kept.get(1).threadTs()).isEqualTo(first.ts());
  }

  @Test
  void updateEphemeralAndModalAreKeptToo() {
    gateway.updateMessage(new SlackRef("C0ALERTS", "1733230000.000000"), "updated", List.of());
    gateway.postEphemeral("C0ALERTS", "U0REP", "Already claimed");
    gateway.openView("trigger", new FixModal(List.of("other")).view(Cases.CASE_ID));

    assertThat(kept)
        .extracting(OutboxMessage::method)
        .containsExactly("chat.update", "chat.postEphemeral", "views.open");
    assertThat(kept.get(0).ts()).isEqualTo("1733230000.000000");
    assertThat(kept.get(1).user()).isEqualTo("U0REP");
    assertThat(kept.get(2).blocks()).contains("\"callback_id\":\"fix_modal\"");
  }

  @Test
  void infoLogNamesMethodAndChannelButNeverTheCustomersEmailOrRemark() {
    RenderedMessage alert = new MessageRenderer().render(Cases.alert());

    gateway.postMessage("C0ALERTS", null, alert.text(), alert.blocks());

    List<String> info =
        logs.list.stream()
            .filter(e -> e.getLevel() == Level.INFO)
            .map(ILoggingEvent::getFormattedMessage)
            .toList();
    assertThat(info)
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("chat.postMessage", "C0ALERTS")
                    .doesNotContain("jane.roe@example.org", "charged me twice"));
    assertThat(logs.list)
        .anyMatch(
            e ->
                e.getLevel() == Level.DEBUG
                    && e.getFormattedMessage().contains("charged me twice"));
  }
}
