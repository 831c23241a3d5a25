package app.rebound.activities.intercom;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The app's client secret as an HMAC key, and the hex comparison both Intercom signatures use. */
final class HmacKey {
  private final SecretKeySpec key;
  private final int hexLength;

  HmacKey(String clientSecret, String algorithm, int hexLength) {
    Objects.requireNonNull(clientSecret, "clientSecret");
    if (clientSecret.isEmpty()) {
      throw new IllegalArgumentException("clientSecret is empty");
    }
    this.key = new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), algorithm);
    this.hexLength = hexLength;
  }

  /** Whether {@code hex} (either case) is the HMAC of the body, compared in constant time. */
  boolean matches(byte[] body, String hex) {
    if (body == null || hex == null || hex.length() != hexLength) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(mac(body), given);
  }

  String hex(byte[] body) {
    return HexFormat.of().formatHex(mac(body));
  }

  private byte[] mac(byte[] body) {
    try {
      Mac mac = Mac.getInstance(key.getAlgorithm());
      mac.init(key);
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(key.getAlgorithm() + " is part of every JDK", e);
    }
  }
}
