package app.rebound.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays histories recorded from earlier versions of the case workflow. A change that would break
 * running cases (a new activity call in the middle, a reordered timer) fails here; such a change
 * belongs behind {@code Workflow.getVersion}. Record new histories with {@code mvn -pl workflows
 * test -Dtest=CaseWorkflowTest -Drebound.recordHistories=src/test/resources/histories}.
 */
class CaseWorkflowReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {"recovered-2", "still-unhappy-2"})
  void recordedCasesReplayOnTheCurrentCode(String name) throws IOException {
    WorkflowExecutionHistory history = load(name);

    assertThat(history.getEvents()).hasSizeGreaterThan(10);
    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history, CaseWorkflowImpl.class))
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
