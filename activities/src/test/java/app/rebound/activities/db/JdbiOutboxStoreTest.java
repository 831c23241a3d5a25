package app.rebound.activities.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.rebound.activities.slack.OutboxMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

class JdbiOutboxStoreTest {
  private static final Instant NOW = Instant.parse("2026-12-03T14:05:56.123456Z");

  @EachDatabase
  void addAssignsAnIncreasingIdAndTheTime(Database db) {
    JdbiOutboxStore store = new JdbiOutboxStore(db.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC));

    OutboxMessage first = store.add(message("first"));
    OutboxMessage second = store.add(message("second"));

    assertThat(first.at()).isEqualTo(NOW);
    assertThat(second.id()).isGreaterThan(first.id());
  }

  @EachDatabase
  void latestKeepsEveryFieldOfTheMessage(Database db) {
    JdbiOutboxStore store = new JdbiOutboxStore(db.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC));
    OutboxMessage added =
        store.add(
            new OutboxMessage(
                0,
                null,
                "chat.postEphemeral",
                "C0ALERTS",
                "1733234756.000001",
                "1733234755.000100",
                "U0REP",
                "Already claimed by <@U0MANAGER1>",
                "[{\"type\":\"section\"}]"));

    List<OutboxMessage> latest = store.latest(10);

    assertThat(latest).containsExactly(added);
    assertThat(added.user()).isEqualTo("U0REP");
  }

  @EachDatabase
  void latestIsNewestFirstUpToTheLimit(Database db) {
    JdbiOutboxStore store = new JdbiOutboxStore(db.jdbi());
    store.add(message("one"));
    store.add(message("two"));
    store.add(message("three"));

    List<OutboxMessage> latest = store.latest(2);

    assertThat(latest).extracting(OutboxMessage::text).containsExactly("three", "two");
  }

  private static OutboxMessage message(String text) {
    return new OutboxMessage(0, null, "chat.postMessage", "C0ALERTS", null, null, null, text, null);
  }
}
