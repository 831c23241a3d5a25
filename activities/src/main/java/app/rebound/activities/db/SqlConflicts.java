package app.rebound.activities.db;

import java.sql.SQLException;
import java.util.Set;

/** Recognises the failures that mean "another writer got there first: look again". */
final class SqlConflicts {
  /**
   * 23505: unique violation (both databases); 40001 and 40P01: serialization failure and deadlock
   * (PostgreSQL); 90131: concurrent update of the same row (H2).
   */
  private static final Set<String> STATES = Set.of("23505", "40001", "40P01", "90131");

  private SqlConflicts() {}

  static boolean isConflict(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
