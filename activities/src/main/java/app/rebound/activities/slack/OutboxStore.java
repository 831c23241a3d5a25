package app.rebound.activities.slack;

import java.util.List;

/** The console outbox of {@code dev}: Slack messages kept in the database instead of sent. */
public interface OutboxStore {

  /** Keeps the message; its {@code id} and {@code at} are assigned by the store. */
  OutboxMessage add(OutboxMessage message);

  /** The newest messages first. */
  List<OutboxMessage> latest(int limit);
}
