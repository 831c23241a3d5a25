package app.rebound.workflows.model;

import java.time.Instant;

/** The inputs of the people's actions on a case: the Slack buttons and the REST calls. */
public final class Actions {
  private Actions() {}

  /**
   * Someone claims the case.
   *
   * @param actor the Slack user id of who claims
   */
  public record Claim(String actor) {}

  /**
   * The owner followed up with the customer, or Intercom reported a teammate reply.
   *
   * @param actor the Slack user id, or {@code intercom:<adminId>} for a reply seen in Intercom
   * @param at when the follow-up happened, or null for now
   */
  public record FollowUp(String actor, Instant at) {}

  /**
   * The owner records the fix, or an ETA for a fix that needs more time.
   *
   * @param rootCause one of the playbook's root-cause categories
   * @param productArea free text, e.g. "billing"
   * @param whatWasFixed free text; may be empty when only an ETA is given
   * @param eta when the fix will be done; null when it is done now
   */
  public record Fix(
      String actor, String rootCause, String productArea, String whatWasFixed, Instant eta) {}

  /** The owner records how the check-in went. */
  public record CheckIn(String actor, Outcome outcome) {}

  /**
   * Intercom reported a teammate reply on the conversation.
   *
   * @param adminId the Intercom admin who replied
   * @param at when the reply was made
   */
  public record TeammateReply(String adminId, Instant at) {}
}
