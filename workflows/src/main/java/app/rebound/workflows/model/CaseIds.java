package app.rebound.workflows.model;

/** How cases and their workflows are named, so that the Temporal UI shows the conversation. */
public final class CaseIds {
  private static final String PREFIX = "csat-";

  private CaseIds() {}

  /** The workflow id of every case on a conversation; only one of them runs at a time. */
  public static String workflowId(String conversationId) {
    return PREFIX + conversationId;
  }

  /**
   * The id of the {@code n}th case on a conversation: the first is {@code csat-<id>}, later ones (a
   * new rating after the first case closed) get {@code -2}, {@code -3} and so on.
   */
  public static String caseId(String conversationId, int n) {
    return n <= 1 ? PREFIX + conversationId : PREFIX + conversationId + "-" + n;
  }
}
