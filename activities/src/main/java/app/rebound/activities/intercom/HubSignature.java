package app.rebound.activities.intercom;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Intercom's webhook signature: {@code X-Hub-Signature: sha1=<hex>}, the HMAC-SHA1 of the raw body
 * keyed with the app's client secret. Thread-safe.
 */
public final class HubSignature {

  public static final String HEADER = "X-Hub-Signature";

  private static final String ALGORITHM = "HmacSHA1";
  private static final String PREFIX = "sha1=";
  private static final int HEX_LENGTH = 40;

  private final SecretKeySpec key;

  public HubSignature(String clientSecret) {
    Objects.requireNonNull(clientSecret, "clientSecret");
    if (clientSecret.isEmpty()) {
      throw new IllegalArgumentException("clientSecret is empty");
    }
    this.key = new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /**
   * Whether {@code header} is the signature of exactly these bytes. A missing or garbled header is
   * invalid; upper- and lower-case hex are both accepted.
   */
  public boolean isValid(byte[] body, String header) {
    if (body == null || header == null) {
      return false;
    }
    String value = header.trim();
    if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return false;
    }
    String hex = value.substring(PREFIX.length());
    if (hex.length() != HEX_LENGTH) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(hmac(body), given);
  }

  /** The header value Intercom would send for these bytes: {@code sha1=} and lower-case hex. */
  public String sign(byte[] body) {
    return PREFIX + HexFormat.of().formatHex(hmac(body));
  }

  private byte[] hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
    }
  }
}
