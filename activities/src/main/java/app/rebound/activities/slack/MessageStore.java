package app.rebound.activities.slack;

import app.rebound.workflows.model.SlackRef;
import java.util.Optional;

/** Where each posted Slack message of a case is remembered, so that none is posted twice. */
public interface MessageStore {

  Optional<SlackRef> find(String caseId, String key);

  /** Remembers the message; a second put under the same key keeps the first. */
  void put(String caseId, String key, SlackRef ref);
}
