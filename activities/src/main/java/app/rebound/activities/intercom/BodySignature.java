package app.rebound.activities.intercom;

/**
 * The signature Intercom puts on its app requests (the uninstall notification and the health check)
 * rather than on webhooks: {@code X-Body-Signature: <hex>}, the HMAC-SHA256 of the raw body keyed
 * with the app's client secret, with no prefix. Thread-safe.
 */
public final class BodySignature {

  public static final String HEADER = "X-Body-Signature";

  private final HmacKey key;

  public BodySignature(String clientSecret) {
    this.key = new HmacKey(clientSecret, "HmacSHA256", 64);
  }

  public boolean isValid(byte[] body, String header) {
    return header != null && key.matches(body, header.trim());
  }

  public String sign(byte[] body) {
    return key.hex(body);
  }
}
