package app.rebound.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replays histories recorded from earlier versions of Rebound's workflows. A change that would
 * break running workflows (a new activity call in the middle, a reordered timer) fails here; such a
 * change belongs behind {@code Workflow.getVersion}. The plain case histories predate the version
 * markers {@code save-before-alert} and {@code update-alert-on-change}; the {@code -v1} ones carry
 * them. Record new histories with {@code mvn -pl workflows test
 * -Drebound.recordHistories=src/test/resources/histories} and give them new names.
 */
class CaseWorkflowReplayTest {

  @ParameterizedTest
  @CsvSource({
    "recovered-2, app.rebound.workflows.CaseWorkflowImpl",
    "still-unhappy-2, app.rebound.workflows.CaseWorkflowImpl",
    "recovered-2-v1, app.rebound.workflows.CaseWorkflowImpl",
    "still-unhappy-2-v1, app.rebound.workflows.CaseWorkflowImpl",
    "reconciliation-retry, app.rebound.workflows.ReconciliationWorkflowImpl",
    "weekly-rescheduled, app.rebound.workflows.WeeklyReportWorkflowImpl"
  })
  void recordedHistoriesReplayOnTheCurrentCode(String name, Class<?> implementation)
      throws IOException {
    WorkflowExecutionHistory history = load(name);

    assertThat(history.getEvents()).hasSizeGreaterThan(5);
    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history, implementation))
        .doesNotThrowAnyException();
  }

  private static WorkflowExecutionHistory load(String name) throws IOException {
    try (InputStream in =
        CaseWorkflowReplayTest.class.getResourceAsStream("/histories/" + name + ".json")) {
      assertThat(in).as("history " + name).isNotNull();
      return WorkflowExecutionHistory.fromJson(
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
