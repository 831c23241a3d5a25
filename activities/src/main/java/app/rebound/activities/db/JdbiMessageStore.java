package app.rebound.activities.db;

import app.rebound.activities.slack.MessageStore;
import app.rebound.workflows.model.SlackRef;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The posted Slack messages of each case, in the {@code slack_messages} table. */
public final class JdbiMessageStore implements MessageStore {
  private final Jdbi jdbi;

  public JdbiMessageStore(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public Optional<SlackRef> find(String caseId, String key) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT channel, ts FROM slack_messages"
                        + " WHERE case_id = :caseId AND message_key = :key")
                .bind("caseId", caseId)
                .bind("key", key)
                .map((rs, ctx) -> new SlackRef(rs.getString("channel"), rs.getString("ts")))
                .findOne());
  }

  @Override
  public void put(String caseId, String key, SlackRef ref) {
    try {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate(
                      "INSERT INTO slack_messages (case_id, message_key, channel, ts)"
                          + " VALUES (:caseId, :key, :channel, :ts)")
                  .bind("caseId", caseId)
                  .bind("key", key)
                  .bind("channel", ref.channel())
                  .bind("ts", ref.ts())
                  .execute());
    } catch (RuntimeException e) {
      // The first message under a key is the one that was posted; a second put keeps it.
      if (!SqlConflicts.isConflict(e) || find(caseId, key).isEmpty()) {
        throw e;
      }
    }
  }
}
