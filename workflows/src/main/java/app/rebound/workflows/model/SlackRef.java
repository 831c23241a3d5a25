package app.rebound.workflows.model;

/** Where a Slack message lives: its channel and its {@code ts}, which together identify it. */
public record SlackRef(String channel, String ts) {}
