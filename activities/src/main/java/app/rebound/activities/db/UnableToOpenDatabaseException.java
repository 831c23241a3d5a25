package app.rebound.activities.db;

/** The case database could not be reached or migrated at startup. The message names the URL. */
public final class UnableToOpenDatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnableToOpenDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
