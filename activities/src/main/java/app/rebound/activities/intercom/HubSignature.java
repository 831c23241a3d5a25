package app.rebound.activities.intercom;

import java.util.Locale;

/**
 * Intercom's webhook signature: {@code X-Hub-Signature: sha1=<hex>}, the HMAC-SHA1 of the raw body
 * keyed with the app's client secret. Thread-safe.
 */
public final class HubSignature {

  public static final String HEADER = "X-Hub-Signature";

  private static final String PREFIX = "sha1=";

  private final HmacKey key;

  public HubSignature(String clientSecret) {
    this.key = new HmacKey(clientSecret, "HmacSHA1", 40);
  }

  /**
   * Whether {@code header} is the signature of exactly these bytes. A missing or garbled header is
   * invalid; upper- and lower-case hex are both accepted.
   */
  public boolean isValid(byte[] body, String header) {
    if (header == null) {
      return false;
    }
    String value = header.trim();
    if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return false;
    }
    return key.matches(body, value.substring(PREFIX.length()));
  }

  /** The header value Intercom would send for these bytes: {@code sha1=} and lower-case hex. */
  public String sign(byte[] body) {
    return PREFIX + key.hex(body);
  }
}
