package app.rebound.api.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Intercom webhook deliveries for tests: the sample fixtures, refreshed copies, signatures. */
public final class Intercom {
  public static final String SIGNATURE_HEADER = "X-Hub-Signature";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicLong CONVERSATIONS = new AtomicLong(990_000_000_000_000L);

  private Intercom() {}

  /** The exact bytes of {@code fixtures/<name>}. */
  public static byte[] fixture(String name) {
    try (InputStream in = Intercom.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A conversation id that no other test uses. */
  public static String newConversationId() {
    return Long.toString(CONVERSATIONS.incrementAndGet());
  }

  /** The fixture as an editable tree. */
  public static ObjectNode tree(String name) {
    try {
      return (ObjectNode) MAPPER.readTree(fixture(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fresh rating delivery built from {@code fixtures/<name>}: a new notification id, the given
   * conversation and score, and rating times of now, so that its deadlines lie ahead.
   */
  public static ObjectNode rating(String name, String conversationId, int score) {
    ObjectNode root = tree(name);
    long now = Instant.now().getEpochSecond();
    root.put("id", "notif_" + UUID.randomUUID());
    root.put("created_at", now);
    ObjectNode item = (ObjectNode) root.path("data").path("item");
    item.put("id", conversationId);
    item.put("updated_at", now);
    ObjectNode rating = (ObjectNode) item.path("conversation_rating");
    rating.put("rating", score);
    rating.put("created_at", now);
    rating.put("updated_at", now);
    return root;
  }

  /** The remark of a rating delivery's tree, for tests that need particular text in it. */
  public static ObjectNode withRemark(ObjectNode delivery, String remark) {
    ((ObjectNode) delivery.path("data").path("item").path("conversation_rating"))
        .put("remark", remark);
    return delivery;
  }

  public static byte[] bytes(ObjectNode tree) {
    try {
      return MAPPER.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code X-Hub-Signature}: {@code sha1=} and the hex HMAC-SHA1 of the bytes. */
  public static String sign(byte[] body) {
    return sign(body, TestApp.INTERCOM_SECRET);
  }

  public static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return "sha1=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
