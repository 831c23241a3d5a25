package app.rebound.workflows;

import app.rebound.workflows.activities.CaseStoreActivities;
import app.rebound.workflows.activities.IntercomActivities;
import app.rebound.workflows.activities.MessageKind;
import app.rebound.workflows.activities.SlackActivities;
import app.rebound.workflows.activities.SlackRequest;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.Rating;
import app.rebound.workflows.model.SlackRef;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** In-memory stand-ins for Slack, Intercom and the database that record what the workflow did. */
final class FakeActivities {
  final List<SlackRequest> sent = new CopyOnWriteArrayList<>();
  final List<SlackRequest> updates = new CopyOnWriteArrayList<>();
  final Map<String, CaseView> rows = new ConcurrentHashMap<>();
  final Set<String> failingChannels = ConcurrentHashMap.newKeySet();

  /** For each alert sent: whether the case's row was already written. */
  final Map<String, Boolean> rowBeforeAlert = new ConcurrentHashMap<>();

  volatile boolean neutralBefore;
  volatile ConversationContext context = ConversationContext.EMPTY;

  final SlackActivities slack =
      new SlackActivities() {
        private final Set<String> posted = new HashSet<>();

        @Override
        public synchronized SlackRef send(SlackRequest request) {
          if (failingChannels.contains(request.channel())) {
            throw ApplicationFailure.newNonRetryableFailure(
                "channel_not_found: invite the bot", SlackActivities.PERMANENT_FAILURE);
          }
          if (request.kind() == MessageKind.ALERT) {
            rowBeforeAlert.putIfAbsent(request.caseId(), rows.containsKey(request.caseId()));
          }
          String id = request.caseId() + "/" + request.key();
          if (posted.add(id)) {
            sent.add(request);
          }
          return new SlackRef(request.channel(), "1733230000." + posted.size());
        }

        @Override
        public void update(SlackRequest request) {
          updates.add(request);
        }
      };

  final CaseStoreActivities store =
      new CaseStoreActivities() {
        @Override
        public void save(CaseView view) {
          rows.put(view.caseId(), view);
        }

        @Override
        public boolean hadNeutralSince(RepeatQuery query) {
          return neutralBefore;
        }
      };

  final IntercomActivities intercom =
      new IntercomActivities() {
        @Override
        public ConversationContext conversationContext(ContextRequest request) {
          return context;
        }

        @Override
        public List<Rating> ratingsSince(RatingWindow window) {
          return List.of();
        }
      };

  List<SlackRequest> sent(MessageKind kind) {
    return sent.stream().filter(r -> r.kind() == kind).collect(Collectors.toList());
  }

  List<String> channels(MessageKind kind) {
    return new ArrayList<>(sent(kind).stream().map(SlackRequest::channel).toList());
  }
}
