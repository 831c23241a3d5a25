package app.rebound.activities.intercom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample webhook deliveries, byte for byte as Intercom sent them. */
final class Fixtures {

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
