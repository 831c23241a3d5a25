package app.rebound.workflows;

import app.rebound.workflows.playbook.Playbook;
import app.rebound.workflows.playbook.PlaybookLoader;

/** Playbooks for tests, written as the YAML a team would write, over the built-in defaults. */
final class TestPlaybooks {
  static final String MANAGER = "U0MANAGER1";
  static final String SENIOR = "U0SENIOR1";
  static final String REP = "U0REP1";
  static final String HEAD = "U0HEAD";

  private TestPlaybooks() {}

  /**
   * SPEC §1's rules in UTC, 09:00 to 18:00, with fixed-duration deadlines where the defaults say
   * sameBusinessDay, so that a test's timers do not depend on the day it runs.
   */
  static Playbook standard() {
    return PlaybookLoader.parse(
        """
        channels: {alerts: C0ALERTS, escalations: C0ESCALATE, wins: C0WINS, reports: C0REPORTS}
        managers: [%s]
        seniorReps: [%s]
        headOfSupport: %s
        scores:
          1: {fixWithin: 8h}
          2: {followUpWithin: 4h, fixWithin: 8h}
          5: {reviewUrl: "https://example.com/review"}
        """
            .formatted(MANAGER, SENIOR, HEAD));
  }
}
