package app.rebound.workflows.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a case ended, or how the check-in went. */
public enum Outcome {
  RECOVERED,
  STILL_UNHAPPY,
  NO_REPLY,
  RATING_CHANGED;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the wire form; throws {@link IllegalArgumentException} naming the allowed values. */
  @JsonCreator
  public static Outcome fromWire(String value) {
    for (Outcome outcome : values()) {
      if (outcome.wireName().equals(value)) {
        return outcome;
      }
    }
    throw new IllegalArgumentException(
        "unknown outcome '" + value + "': expected recovered, still_unhappy or no_reply");
  }
}
