package app.rebound.activities.intercom;

/** Intercom answered 5xx, timed out or could not be reached; the call may be repeated. */
public class IntercomUnavailableException extends IntercomException {

  public IntercomUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
