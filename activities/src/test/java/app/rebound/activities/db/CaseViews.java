package app.rebound.activities.db;

import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Deadlines;
import app.rebound.workflows.model.Escalation;
import app.rebound.workflows.model.Outcome;
import app.rebound.workflows.model.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Cases for the tests: a plain open case with the fields the queries look at, and withers. */
final class CaseViews {
  private String caseId = "csat-100";
  private String conversationId = "100";
  private int score = 1;
  private String status = CaseView.OPEN;
  private Stage stage = Stage.ALERTED;
  private boolean overdue;
  private Customer customer = new Customer("contact-1", null, "Jane Roe", "jane.roe@example.org");
  private String owner;
  private Instant ratedAt = Instant.parse("2026-12-03T14:05:55Z");
  private List<Integer> previousScores = List.of();
  private boolean repeat;
  private String teammate = "991267715";
  private String teammateName;
  private Instant followedUpAt;
  private Instant closedAt;
  private Outcome outcome;
  private String rootCause;
  private String productArea;

  static CaseViews aCase(String conversationId) {
    CaseViews builder = new CaseViews();
    builder.conversationId = conversationId;
    builder.caseId = "csat-" + conversationId;
    return builder;
  }

  /** A closed case with every field set, none to its default. */
  static CaseView everyFieldSet() {
    Instant rated = Instant.parse("2026-12-03T14:05:55Z");
    return new CaseView(
        "csat-215469837451234-2",
        "csat-215469837451234",
        "215469837451234",
        1,
        List.of(2, 3),
        CaseView.CLOSED,
        Stage.FOLLOWED_UP,
        true,
        new Customer("6762f1261bb69f9f2193bba7", "ext-42", "Jane Roe", "jane.roe@example.org"),
        "991267715",
        "Sam Teammate",
        "Nobody answered for two days",
        "U0MANAGER1",
        rated,
        rated.plusSeconds(195),
        Instant.parse("2026-12-03T15:01:02.123456Z"),
        "intercom:991267715",
        Instant.parse("2026-12-03T16:00:00Z"),
        Instant.parse("2026-12-05T16:00:00Z"),
        Instant.parse("2026-12-05T17:30:00Z"),
        Instant.parse("2026-12-05T17:31:00Z"),
        new Deadlines(
            Instant.parse("2026-12-03T14:20:55Z"),
            Instant.parse("2026-12-03T15:05:55Z"),
            Instant.parse("2026-12-03T23:00:00Z"),
            Instant.parse("2026-12-06T16:00:00Z")),
        List.of(
            new Escalation(
                Escalation.CLAIM_MISSED,
                Instant.parse("2026-12-03T14:20:56Z"),
                Instant.parse("2026-12-03T14:20:55Z")),
            new Escalation(
                Escalation.RATING_WORSENED, Instant.parse("2026-12-03T14:30:00Z"), null)),
        "slow response",
        "billing",
        "Answered the invoice question and fixed the routing rule",
        Instant.parse("2026-12-04T12:00:00Z"),
        Outcome.STILL_UNHAPPY,
        true,
        true,
        "https://app.intercom.com/a/inbox/app1/inbox/conversation/215469837451234",
        "http://localhost:8080/cases/csat-215469837451234-2",
        "http://localhost:8233/namespaces/default/workflows/csat-215469837451234",
        List.of("channel_not_found: C0WINS"));
  }

  CaseViews caseId(String value) {
    caseId = value;
    return this;
  }

  CaseViews score(int value) {
    score = value;
    return this;
  }

  CaseViews closed() {
    status = CaseView.CLOSED;
    stage = Stage.CLOSED;
    return this;
  }

  CaseViews overdue() {
    overdue = true;
    return this;
  }

  CaseViews stage(Stage value) {
    stage = value;
    return this;
  }

  CaseViews owner(String value) {
    owner = value;
    return this;
  }

  CaseViews customer(String id, String externalId) {
    customer = new Customer(id, externalId, null, null);
    return this;
  }

  CaseViews ratedAt(String iso) {
    ratedAt = Instant.parse(iso);
    return this;
  }

  CaseViews previousScores(List<Integer> value) {
    previousScores = value;
    return this;
  }

  CaseViews repeat() {
    repeat = true;
    return this;
  }

  CaseViews teammate(String id, String name) {
    teammate = id;
    teammateName = name;
    return this;
  }

  CaseViews followedUpAfter(Duration after) {
    followedUpAt = ratedAt.plus(after);
    return this;
  }

  /** Closed at that time with that outcome. */
  CaseViews closed(String at, Outcome value) {
    closed();
    closedAt = Instant.parse(at);
    outcome = value;
    return this;
  }

  CaseViews rootCause(String value) {
    rootCause = value;
    return this;
  }

  CaseViews productArea(String value) {
    productArea = value;
    return this;
  }

  CaseView build() {
    boolean closed = CaseView.CLOSED.equals(status);
    return new CaseView(
        caseId,
        "csat-" + conversationId,
        conversationId,
        score,
        previousScores,
        status,
        stage,
        overdue,
        customer,
        teammate,
        teammateName,
        "",
        owner,
        ratedAt,
        null,
        followedUpAt,
        null,
        null,
        null,
        null,
        closedAt != null ? closedAt : closed ? ratedAt.plusSeconds(3600) : null,
        Deadlines.NONE,
        List.of(),
        rootCause,
        productArea,
        null,
        null,
        outcome,
        repeat,
        false,
        null,
        null,
        null,
        List.of());
  }
}
