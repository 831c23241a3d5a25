package app.rebound.activities.intercom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class HubSignatureTest {

  private static final String SECRET = "a1b2c3d4-client-secret";

  /** HMAC-SHA1 of fixtures/rating-1.json keyed with {@link #SECRET}, computed outside Java. */
  private static final String RATING_1_HEX = "4e355ed6f987bc8156600d63f43786b405b6afa7";

  private final HubSignature signature = new HubSignature(SECRET);
  private final byte[] body = Fixtures.bytes("rating-1.json");

  @Test
  void signatureOverTheFixtureBytesIsValid() {
    String header = "sha1=" + RATING_1_HEX;

    assertThat(signature.isValid(body, header)).isTrue();
  }

  @Test
  void upperCaseHexIsValid() {
    String header = "sha1=" + RATING_1_HEX.toUpperCase(Locale.ROOT);

    assertThat(signature.isValid(body, header)).isTrue();
  }

  @Test
  void signIsWhatIntercomSends() {
    assertThat(signature.sign(body)).isEqualTo("sha1=" + RATING_1_HEX);
  }

  @Test
  void oneChangedByteIsInvalid() {
    String header = signature.sign(body);
    byte[] tampered = body.clone();
    tampered[tampered.length / 2] ^= 1;

    assertThat(signature.isValid(tampered, header)).isFalse();
  }

  @Test
  void signatureWithAnotherSecretIsInvalid() {
    String header = new HubSignature("someone-elses-secret").sign(body);

    assertThat(signature.isValid(body, header)).isFalse();
  }

  @Test
  void missingHeaderIsInvalid() {
    assertThat(signature.isValid(body, null)).isFalse();
    assertThat(signature.isValid(body, "")).isFalse();
  }

  @Test
  void garbledHeadersAreInvalid() {
    String hex = RATING_1_HEX;

    assertThat(signature.isValid(body, hex)).isFalse();
    assertThat(signature.isValid(body, "sha256=" + hex)).isFalse();
    assertThat(signature.isValid(body, "sha1=" + hex.substring(2))).isFalse();
    assertThat(signature.isValid(body, "sha1=" + hex + "00")).isFalse();
    assertThat(signature.isValid(body, "sha1=zz" + hex.substring(2))).isFalse();
  }
}
