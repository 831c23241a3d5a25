package app.rebound.activities.slack;

import app.rebound.workflows.model.SlackRef;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryMessageStore implements MessageStore {
  private final Map<String, SlackRef> refs = new ConcurrentHashMap<>();

  @Override
  public Optional<SlackRef> find(String caseId, String key) {
    return Optional.ofNullable(refs.get(caseId + "|" + key));
  }

  @Override
  public void put(String caseId, String key, SlackRef ref) {
    refs.putIfAbsent(caseId + "|" + key, ref);
  }
}
