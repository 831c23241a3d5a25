package app.rebound.activities.intercom;

/**
 * An Intercom webhook body that Rebound cannot use. The message names the offending field, so that
 * the webhook resource can answer 400 with it.
 */
public class InvalidWebhookException extends RuntimeException {

  private final String field;

  public InvalidWebhookException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The JSON path of the field that is missing or wrong, e.g. {@code data.item.id}. */
  public String field() {
    return field;
  }
}
