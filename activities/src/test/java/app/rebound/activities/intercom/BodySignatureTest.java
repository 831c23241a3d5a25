package app.rebound.activities.intercom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class BodySignatureTest {
  private static final String SECRET = "client-secret-7f3a";
  private static final byte[] UNINSTALL =
      "{\"app_id\":\"q1w2e3r4\",\"workspace_id\":\"q1w2e3r4\",\"admin_id\":\"814400221\"}"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void acceptsTheHmacSha256OfTheBodyInEitherCase() throws Exception {
    String expected = independentHmac(UNINSTALL);

    BodySignature signature = new BodySignature(SECRET);

    assertThat(signature.sign(UNINSTALL)).isEqualTo(expected);
    assertThat(signature.isValid(UNINSTALL, expected)).isTrue();
    assertThat(signature.isValid(UNINSTALL, expected.toUpperCase())).isTrue();
  }

  @Test
  void refusesAChangedBodyAWrongSecretAndGarbledHeaders() throws Exception {
    String good = independentHmac(UNINSTALL);
    byte[] changed = UNINSTALL.clone();
    changed[5] = 'X';

    BodySignature signature = new BodySignature(SECRET);

    assertThat(signature.isValid(changed, good)).isFalse();
    assertThat(new BodySignature("other-secret").isValid(UNINSTALL, good)).isFalse();
    assertThat(signature.isValid(UNINSTALL, null)).isFalse();
    assertThat(signature.isValid(UNINSTALL, "sha256=" + good)).isFalse();
    assertThat(signature.isValid(UNINSTALL, good.substring(2))).isFalse();
    assertThat(signature.isValid(UNINSTALL, "zz" + good.substring(2))).isFalse();
  }

  private static String independentHmac(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder hex = new StringBuilder();
    for (byte b : mac.doFinal(body)) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
