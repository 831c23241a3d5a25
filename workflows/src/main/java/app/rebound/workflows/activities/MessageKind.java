package app.rebound.workflows.activities;

/** What a Slack message of a case is for; the Slack activity renders each kind its own way. */
public enum MessageKind {
  /** The alert of a 1, 2 or repeated 3, with Claim, Followed up and Fixed buttons. */
  ALERT,
  /** The low-key, claimable notice of a 3. */
  NOTICE,
  /** The claim deadline of a 1 passed: the escalation channel and the managers again. */
  CLAIM_REALERT,
  /** A follow-up or fix deadline passed: in the alert's thread and as direct messages. */
  ESCALATION,
  /** The owner's draft of the personal follow-up, sent when the case is claimed. */
  FOLLOW_UP_DRAFT,
  /** Two days after the fix: the check-in draft, with Recovered, Still unhappy, No reply. */
  CHECK_IN_PROMPT,
  /** The check-in deadline passed: one reminder to the owner. */
  CHECK_IN_REMINDER,
  /** A 4 or a 5 in the wins channel (with the review link for a 5). */
  WIN,
  /** A recovered 1 or 2 in the wins channel, naming the owner. */
  RECOVERED,
  /** The customer changed the rating: a reply in the alert's thread. */
  RATING_CHANGED
}
