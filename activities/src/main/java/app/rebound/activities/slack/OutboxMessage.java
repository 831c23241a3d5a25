package app.rebound.activities.slack;

import java.time.Instant;

/**
 * A Slack message that the console outbox kept instead of sending, as {@code GET /api/outbox} shows
 * it.
 *
 * @param id increasing with each message
 * @param method the Slack Web API method it stands for: {@code chat.postMessage}, {@code
 *     chat.update}, {@code chat.postEphemeral} or {@code views.open}
 * @param channel a channel or user id
 * @param ts the message's own (made-up) ts
 * @param threadTs the ts it replies under, or null
 * @param user for an ephemeral message, who sees it
 * @param text the plain-text fallback
 * @param blocks the Block Kit JSON, or null
 */
public record OutboxMessage(
    long id,
    Instant at,
    String method,
    String channel,
    String ts,
    String threadTs,
    String user,
    String text,
    String blocks) {}
