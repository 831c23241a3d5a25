package app.rebound.activities.slack;

import app.rebound.workflows.model.SlackRef;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console outbox of {@code dev}, used when there is no bot token: every call is kept in the
 * {@link OutboxStore} for the dashboard and logged, and nothing leaves the process.
 *
 * <p>The INFO line names only the method, the channel and the ts, because message text carries the
 * customer's email and remark; the full text is logged at DEBUG.
 */
public final class OutboxSlackGateway implements SlackGateway {
  private static final Logger log = LoggerFactory.getLogger(OutboxSlackGateway.class);

  private final OutboxStore store;
  private final Clock clock;
  private final AtomicLong lastMicros = new AtomicLong();

  public OutboxSlackGateway(OutboxStore store) {
    this(store, Clock.systemUTC());
  }

  /**
   * @param clock the source of the made-up ts values
   */
  public OutboxSlackGateway(OutboxStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public SlackRef postMessage(
      String channel, String threadTs, String text, List<LayoutBlock> blocks) {
    String ts = nextTs();
    keep("chat.postMessage", channel, ts, threadTs, null, text, SlackJson.blocks(blocks));
    return new SlackRef(channel, ts);
  }

  @Override
  public void updateMessage(SlackRef ref, String text, List<LayoutBlock> blocks) {
    keep("chat.update", ref.channel(), ref.ts(), null, null, text, SlackJson.blocks(blocks));
  }

  @Override
  public void postEphemeral(String channel, String user, String text) {
    keep("chat.postEphemeral", channel, nextTs(), null, user, text, null);
  }

  @Override
  public void openView(String triggerId, View view) {
    String title = view.getTitle() == null ? "modal" : view.getTitle().getText();
    keep("views.open", null, nextTs(), null, null, title, SlackJson.view(view));
  }

  private void keep(
      String method,
      String channel,
      String ts,
      String threadTs,
      String user,
      String text,
      String blocks) {
    OutboxMessage kept =
        store.add(new OutboxMessage(0, null, method, channel, ts, threadTs, user, text, blocks));
    log.info("Slack outbox kept {} to {} (ts {}, outbox id {})", method, channel, ts, kept.id());
    log.debug("Slack outbox {} text: {}", method, text);
  }

  /**
   * A ts shaped like Slack's ({@code 1733230000.000100}): epoch microseconds, strictly increasing
   * within this process so that no two messages share one.
   */
  private String nextTs() {
    long now = clock.millis() * 1000;
    long micros = lastMicros.updateAndGet(last -> Math.max(last + 1, now));
    return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
  }
}
