package app.rebound.workflows.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
    "90s, PT1M30S",
    "15m, PT15M",
    "1h, PT1H",
    "2d, PT48H",
    "90d, PT2160H",
    "3650d, PT87600H"
  })
  void parsesAWholeNumberAndOneUnit(String text, Duration expected) {
    Duration parsed = Durations.parse(text);

    assertThat(parsed).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "PT1M30S, 90s",
    "PT15M, 15m",
    "PT1H, 1h",
    "PT90M, 90m",
    "PT48H, 2d",
    "PT36H, 36h",
    "PT1S, 1s",
    "PT25H1S, 90001s"
  })
  void formatsInTheLargestExactUnit(Duration duration, String expected) {
    String text = Durations.format(duration);

    assertThat(text).isEqualTo(expected);
    assertThat(Durations.parse(text)).isEqualTo(duration);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "15x",
        "15",
        "m",
        "0m",
        "-5m",
        "1.5h",
        "1h30m",
        "15 m",
        "15M",
        "1w",
        "PT15M",
        "sameBusinessDay"
      })
  void refusesAnythingElseAndSaysWhatIsAccepted(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("write 90s, 15m, 1h or 2d");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3651d", "87601h", "99999999999999999999s"})
  void refusesDurationsLongerThanTenYears(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longest duration accepted, 3650d");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "-PT1M", "PT0.5S", "PT1M0.001S"})
  void refusesToFormatWhatCannotBeParsedBack(Duration duration) {
    assertThatThrownBy(() -> Durations.format(duration))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive whole number of seconds");
  }
}
