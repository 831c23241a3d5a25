package app.rebound.activities.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SlackSignatureTest {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final long NOW = 1_764_770_755L;
  private static final byte[] BODY =
      ("payload=%7B%22type%22%3A%22block_actions%22%7D&note=" + "Caf\u00e9 \uD83D\uDE21 ok")
          .getBytes(StandardCharsets.UTF_8);

  private final SlackSignature signature =
      new SlackSignature(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

  @Test
  void acceptsSlacksSignatureOverBytesWithEmoji() throws Exception {
    String header = independentSignature(String.valueOf(NOW), BODY);

    boolean valid = signature.isValid(String.valueOf(NOW), header, BODY);

    assertThat(valid).isTrue();
    assertThat(signature.sign(String.valueOf(NOW), BODY)).isEqualTo(header);
  }

  @Test
  void refusesAChangedBody() throws Exception {
    String header = independentSignature(String.valueOf(NOW), BODY);
    byte[] changed = BODY.clone();
    changed[changed.length - 1] = 'K';

    boolean valid = signature.isValid(String.valueOf(NOW), header, changed);

    assertThat(valid).isFalse();
  }

  @Test
  void refusesAWrongSecret() throws Exception {
    SlackSignature other =
        new SlackSignature(
            "another-secret", Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    boolean valid =
        other.isValid(String.valueOf(NOW), independentSignature(String.valueOf(NOW), BODY), BODY);

    assertThat(valid).isFalse();
  }

  @Test
  void refusesATimestampOlderThanFiveMinutes() throws Exception {
    String old = String.valueOf(NOW - 301);

    boolean valid = signature.isValid(old, independentSignature(old, BODY), BODY);

    assertThat(valid).isFalse();
  }

  @Test
  void refusesATimestampMoreThanFiveMinutesInTheFuture() throws Exception {
    String future = String.valueOf(NOW + 301);

    boolean valid = signature.isValid(future, independentSignature(future, BODY), BODY);

    assertThat(valid).isFalse();
  }

  @Test
  void acceptsATimestampJustWithinFiveMinutes() throws Exception {
    String recent = String.valueOf(NOW - 300);

    boolean valid = signature.isValid(recent, independentSignature(recent, BODY), BODY);

    assertThat(valid).isTrue();
  }

  @Test
  void refusesMissingOrMalformedHeaders() throws Exception {
    String header = independentSignature(String.valueOf(NOW), BODY);

    assertThat(signature.isValid(null, header, BODY)).isFalse();
    assertThat(signature.isValid(String.valueOf(NOW), null, BODY)).isFalse();
    assertThat(signature.isValid("not-a-number", header, BODY)).isFalse();
    assertThat(signature.isValid(String.valueOf(NOW), "v0=deadbeef", BODY)).isFalse();
    assertThat(signature.isValid(String.valueOf(NOW), header.replace("v0=", "v1="), BODY))
        .isFalse();
  }

  /** The signature computed the way Slack documents it, independently of the class under test. */
  private static String independentSignature(String timestamp, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] prefix = ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
    byte[] base = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, base, 0, prefix.length);
    System.arraycopy(body, 0, base, prefix.length, body.length);
    return "v0=" + HexFormat.of().formatHex(mac.doFinal(base));
  }
}
