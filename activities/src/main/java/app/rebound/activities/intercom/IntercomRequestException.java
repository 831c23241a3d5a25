package app.rebound.activities.intercom;

/**
 * Intercom refused the request for good (401, 403, 404 or another 4xx): repeating it cannot succeed
 * until someone changes the token or the data.
 */
public class IntercomRequestException extends IntercomException {

  private final int status;

  public IntercomRequestException(String message, int status) {
    super(message, null);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
