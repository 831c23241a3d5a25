package app.rebound.activities.intercom;

/** A call to Intercom's REST API that did not succeed. */
public abstract class IntercomException extends RuntimeException {

  protected IntercomException(String message, Throwable cause) {
    super(message, cause);
  }
}
