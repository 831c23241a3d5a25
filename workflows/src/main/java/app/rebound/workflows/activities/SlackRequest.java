package app.rebound.workflows.activities;

import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.Escalation;
import java.util.List;

/**
 * One Slack message of a case.
 *
 * @param key identifies the message within the case (say {@code alert} or {@code
 *     escalation:follow_up_missed:2026-12-03T15:05:55Z}): a message is posted once per key, however
 *     often the activity runs
 * @param channel a channel id, or a user id for a direct message
 * @param threadTs the {@code ts} of the message to reply under, or null
 * @param mentions Slack user ids to mention
 * @param view the case as it stands
 * @param context conversation context from Intercom, or {@link ConversationContext#EMPTY}
 * @param escalation for {@link MessageKind#ESCALATION} and reminders: what was missed
 * @param timezone the team's zone, to show times in
 * @param reviewUrl for a 5: where to ask for a public review
 */
public record SlackRequest(
    String caseId,
    String key,
    MessageKind kind,
    String channel,
    String threadTs,
    List<String> mentions,
    CaseView view,
    ConversationContext context,
    Escalation escalation,
    String timezone,
    String reviewUrl) {

  public SlackRequest withMentions(List<String> people) {
    return new SlackRequest(
        caseId,
        key,
        kind,
        channel,
        threadTs,
        List.copyOf(people),
        view,
        context,
        escalation,
        timezone,
        reviewUrl);
  }

  public SlackRequest withEscalation(Escalation missed) {
    return new SlackRequest(
        caseId, key, kind, channel, threadTs, mentions, view, context, missed, timezone, reviewUrl);
  }

  public SlackRequest withReviewUrl(String url) {
    return new SlackRequest(
        caseId, key, kind, channel, threadTs, mentions, view, context, escalation, timezone, url);
  }

  /** The same message showing the case as it stands now. */
  public SlackRequest withView(CaseView current) {
    return new SlackRequest(
        caseId,
        key,
        kind,
        channel,
        threadTs,
        mentions,
        current,
        context,
        escalation,
        timezone,
        reviewUrl);
  }
}
