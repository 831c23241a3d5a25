package app.rebound.activities.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's {@code X-Slack-Signature} (version {@code v0}) on an interactivity request: an
 * HMAC-SHA256, keyed with the app's signing secret, over {@code v0:<timestamp>:<raw body>}.
 *
 * <p>The body must be the exact bytes Slack sent: re-encoding a parsed form changes them. A
 * timestamp more than five minutes away from now, in either direction, is refused so that a
 * recorded request cannot be replayed later.
 */
public final class SlackSignature {
  public static final String SIGNATURE_HEADER = "X-Slack-Signature";
  public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";

  private static final Duration MAX_SKEW = Duration.ofMinutes(5);
  private static final String VERSION = "v0";

  private final SecretKeySpec key;
  private final Clock clock;

  public SlackSignature(String signingSecret, Clock clock) {
    Objects.requireNonNull(signingSecret, "signingSecret");
    if (signingSecret.isEmpty()) {
      throw new IllegalArgumentException("the Slack signing secret is empty");
    }
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Whether the request is Slack's and recent.
   *
   * @param timestamp the {@code X-Slack-Request-Timestamp} header, epoch seconds; may be null
   * @param signature the {@code X-Slack-Signature} header, {@code v0=<hex>}; may be null
   * @param body the raw request body
   */
  public boolean isValid(String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null || body == null) {
      return false;
    }
    String ts = timestamp.trim();
    if (!ts.matches("[0-9]{1,12}")) {
      return false;
    }
    long seconds = Long.parseLong(ts);
    Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
    if (skew.compareTo(MAX_SKEW) > 0) {
      return false;
    }
    byte[] expected = sign(ts, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  /** The {@code X-Slack-Signature} value Slack would send for this timestamp and body. */
  public String sign(String timestamp, byte[] body) {
    Mac mac;
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
    mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
    mac.update(body);
    return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal());
  }
}
