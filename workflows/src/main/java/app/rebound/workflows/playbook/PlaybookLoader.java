package app.rebound.workflows.playbook;

/**
 * Reads the playbook YAML of SPEC §2 over the built-in defaults of SPEC §1. A bad value is an
 * {@link InvalidPlaybookException} whose message names the key.
 */
public final class PlaybookLoader {
  private PlaybookLoader() {}

  /** The built-in playbook. */
  public static Playbook defaults() {
    throw new UnsupportedOperationException("being written");
  }

  /** The playbook that {@code yaml} writes over the defaults; empty text gives the defaults. */
  public static Playbook parse(String yaml) {
    throw new UnsupportedOperationException("being written");
  }
}
