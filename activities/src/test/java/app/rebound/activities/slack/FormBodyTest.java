package app.rebound.activities.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormBodyTest {

  @Test
  void decodesUtf8FieldsInOrder() {
    String body = "payload=%7B%22t%22%3A%22Caf%C3%A9+%F0%9F%98%A1%22%7D&channel=C0ALERTS&flag";

    assertThat(FormBody.decode(body))
        .containsExactly(
            java.util.Map.entry("payload", "{\"t\":\"Café 😡\"}"),
            java.util.Map.entry("channel", "C0ALERTS"),
            java.util.Map.entry("flag", ""));
  }

  @Test
  void aRepeatedFieldKeepsItsFirstValueAndEmptyPairsAreSkipped() {
    assertThat(FormBody.decode("a=1&&a=2&b=%26"))
        .containsExactly(java.util.Map.entry("a", "1"), java.util.Map.entry("b", "&"));
  }
}
