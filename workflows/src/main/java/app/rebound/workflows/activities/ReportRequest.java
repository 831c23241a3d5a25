package app.rebound.workflows.activities;

import java.time.Instant;

/**
 * One weekly post of the pattern report.
 *
 * @param asOf the instant the figures are counted up to: when the post was due
 * @param timezone the team's zone, which decides where weeks start
 * @param weeks how many weeks the report covers, ending with the week of {@code asOf}
 * @param channel the reports channel
 */
public record ReportRequest(Instant asOf, String timezone, int weeks, String channel) {}
