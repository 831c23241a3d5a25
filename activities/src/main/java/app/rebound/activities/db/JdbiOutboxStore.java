package app.rebound.activities.db;

import app.rebound.activities.slack.OutboxMessage;
import app.rebound.activities.slack.OutboxStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** The console outbox of {@code dev}, in the {@code outbox} table. */
public final class JdbiOutboxStore implements OutboxStore {
  private final Jdbi jdbi;
  private final Clock clock;

  public JdbiOutboxStore(Jdbi jdbi) {
    this(jdbi, Clock.systemUTC());
  }

  /**
   * @param clock stamps each message's {@code at}
   */
  public JdbiOutboxStore(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public OutboxMessage add(OutboxMessage message) {
    // Both databases keep microseconds; truncating here makes the returned message equal the row.
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long id =
        jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO outbox (at, method, channel, ts, thread_ts, user_id, text,"
                            + " blocks) VALUES (:at, :method, :channel, :ts, :threadTs, :user,"
                            + " :text, :blocks)")
                    .bindByType("at", at, Instant.class)
                    .bind("method", message.method())
                    .bind("channel", message.channel())
                    .bind("ts", message.ts())
                    .bind("threadTs", message.threadTs())
                    .bind("user", message.user())
                    .bind("text", message.text())
                    .bind("blocks", message.blocks())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    return new OutboxMessage(
        id,
        at,
        message.method(),
        message.channel(),
        message.ts(),
        message.threadTs(),
        message.user(),
        message.text(),
        message.blocks());
  }

  @Override
  public List<OutboxMessage> latest(int limit) {
    if (limit < 1) {
      return List.of();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT id, at, method, channel, ts, thread_ts, user_id, text, blocks"
                        + " FROM outbox ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new OutboxMessage(
                            rs.getLong("id"),
                            Database.instant(rs, "at"),
                            rs.getString("method"),
                            rs.getString("channel"),
                            rs.getString("ts"),
                            rs.getString("thread_ts"),
                            rs.getString("user_id"),
                            rs.getString("text"),
                            rs.getString("blocks")))
                .list());
  }
}
