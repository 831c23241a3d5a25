package app.rebound.activities.slack;

import app.rebound.workflows.activities.MessageKind;
import app.rebound.workflows.activities.SlackRequest;
import app.rebound.workflows.model.CaseView;
import app.rebound.workflows.model.ConversationContext;
import app.rebound.workflows.model.Customer;
import app.rebound.workflows.model.Deadlines;
import app.rebound.workflows.model.Outcome;
import app.rebound.workflows.model.Stage;
import java.time.Instant;
import java.util.List;

/** Realistic cases and requests for the Slack tests. */
final class Cases {
  static final String CASE_ID = "csat-215469837451234";
  static final Instant RATED_AT = Instant.parse("2026-12-03T14:05:55Z");

  private Cases() {}

  static CaseView furious() {
    return new View().build();
  }

  /** A case view with every field settable; starts as a fresh furious alert. */
  static final class View {
    int score = 1;
    List<Integer> previousScores = List.of();
    String status = CaseView.OPEN;
    Stage stage = Stage.ALERTED;
    Customer customer =
        new Customer("6762f1261bb69f9f2193bba7", null, "Jane Roe", "jane.roe@example.org");
    String remark = "You charged me twice and nobody answered for two days.";
    String owner;
    Instant claimedAt;
    Instant checkedInAt;
    String rootCause;
    String productArea;
    String fix;
    Outcome outcome;
    boolean aiAgent;
    String workflowUrl = "http://localhost:8233/namespaces/default/workflows/" + CASE_ID;

    View score(int value) {
      score = value;
      return this;
    }

    View remark(String value) {
      remark = value;
      return this;
    }

    View owner(String value) {
      owner = value;
      claimedAt = value == null ? null : RATED_AT.plusSeconds(180);
      stage = value == null ? Stage.ALERTED : Stage.CLAIMED;
      return this;
    }

    View closed() {
      status = CaseView.CLOSED;
      stage = Stage.CLOSED;
      return this;
    }

    View fix(String value) {
      fix = value;
      return this;
    }

    View previousScores(List<Integer> value) {
      previousScores = value;
      return this;
    }

    View customer(Customer value) {
      customer = value;
      return this;
    }

    View aiAgent(boolean value) {
      aiAgent = value;
      return this;
    }

    View workflowUrl(String value) {
      workflowUrl = value;
      return this;
    }

    CaseView build() {
      return new CaseView(
          CASE_ID,
          CASE_ID,
          "215469837451234",
          score,
          previousScores,
          status,
          stage,
          false,
          customer,
          "991267715",
          "Alex Teammate",
          remark,
          owner,
          RATED_AT,
          claimedAt,
          null,
          null,
          fix == null ? null : RATED_AT.plusSeconds(3600),
          null,
          checkedInAt,
          CaseView.CLOSED.equals(status) ? RATED_AT.plusSeconds(86400) : null,
          new Deadlines(
              Instant.parse("2026-12-03T14:20:55Z"),
              Instant.parse("2026-12-03T15:05:55Z"),
              Instant.parse("2026-12-03T23:00:00Z"),
              null),
          List.of(),
          rootCause,
          productArea,
          fix,
          null,
          outcome,
          false,
          aiAgent,
          "https://app.intercom.com/a/inbox/abc123/inbox/conversation/215469837451234",
          "http://localhost:8080/cases/" + CASE_ID,
          workflowUrl,
          List.of());
    }
  }

  static ConversationContext context() {
    return new ConversationContext(
        "Double charge on invoice #42",
        List.of(
            new ConversationContext.Message(
                "customer", "Jane Roe", "I was charged twice.", 1764770000L),
            new ConversationContext.Message(
                "teammate", "Alex Teammate", "Looking into it.", 1764773600L)),
        7500L,
        2,
        List.of("billing", "vip"),
        null,
        null,
        "Alex Teammate");
  }

  static SlackRequest request(MessageKind kind, CaseView view) {
    return new SlackRequest(
        CASE_ID,
        kind.name().toLowerCase(java.util.Locale.ROOT),
        kind,
        "C0ALERTS",
        null,
        List.of("U0MANAGER1", "U0MANAGER2"),
        view,
        context(),
        null,
        "America/New_York",
        null);
  }

  static SlackRequest alert() {
    return request(MessageKind.ALERT, furious());
  }
}
