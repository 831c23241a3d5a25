package app.rebound.workflows.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a case stands. The wire form is the lower-case name, as the case JSON shows it. */
public enum Stage {
  /** The alert or notice is out and nobody owns the case yet. */
  ALERTED,
  /** Someone owns the case; neither follow-up nor fix is recorded. */
  CLAIMED,
  /** The owner followed up with the customer; the fix is still to come. */
  FOLLOWED_UP,
  /** The owner gave an ETA for a fix that needs more time. */
  FIXING,
  /** The fix is recorded; the case waits for the follow-up or for the check-in. */
  FIXED,
  /** The check-in prompt is out; the case waits for the outcome. */
  CHECKING_IN,
  /** The customer changed a bad rating to a good one; only the root cause is still asked for. */
  AWAITING_ROOT_CAUSE,
  /** Nothing more will happen. */
  CLOSED;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Stage fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
