package app.rebound.activities.db;

import java.util.Locale;

/**
 * Which cases {@link CaseStore#list(CaseFilter)} returns; a null field does not filter.
 *
 * @param status open, overdue or closed cases
 * @param score only cases with this score, 1 to 5
 * @param conversationId only the cases of this conversation
 * @param limit at most this many cases, at least 1
 */
public record CaseFilter(Status status, Integer score, String conversationId, int limit) {
  public static final int DEFAULT_LIMIT = 100;

  public CaseFilter {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (score != null && (score < 1 || score > 5)) {
      throw new IllegalArgumentException("score must be 1 to 5, was " + score);
    }
  }

  /** Every case, newest first, up to {@link #DEFAULT_LIMIT}. */
  public static CaseFilter all() {
    return new CaseFilter(null, null, null, DEFAULT_LIMIT);
  }

  public CaseFilter withStatus(Status newStatus) {
    return new CaseFilter(newStatus, score, conversationId, limit);
  }

  public CaseFilter withScore(Integer newScore) {
    return new CaseFilter(status, newScore, conversationId, limit);
  }

  public CaseFilter withConversationId(String newConversationId) {
    return new CaseFilter(status, score, newConversationId, limit);
  }

  public CaseFilter withLimit(int newLimit) {
    return new CaseFilter(status, score, conversationId, newLimit);
  }

  /** The {@code status} filter of {@code GET /api/cases}. */
  public enum Status {
    /** Not closed, overdue or not. */
    OPEN,
    /** Not closed and past a deadline. */
    OVERDUE,
    CLOSED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire form; throws {@link IllegalArgumentException} naming the allowed values. */
    public static Status fromWire(String value) {
      for (Status status : values()) {
        if (status.wireName().equals(value)) {
          return status;
        }
      }
      throw new IllegalArgumentException(
          "unknown status '" + value + "': expected open, overdue or closed");
    }
  }
}
