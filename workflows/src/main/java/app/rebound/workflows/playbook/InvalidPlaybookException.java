package app.rebound.workflows.playbook;

/** The playbook file has a bad value; the message names the key and says what is expected. */
public final class InvalidPlaybookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidPlaybookException(String message) {
    super(message);
  }

  public InvalidPlaybookException(String message, Throwable cause) {
    super(message, cause);
  }
}
