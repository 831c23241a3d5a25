package app.rebound.workflows;

import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replays a workflow's history against the current code and, with {@code
 * -Drebound.recordHistories=DIR}, writes it for {@link CaseWorkflowReplayTest} to keep.
 */
final class Histories {
  private Histories() {}

  static void replayAndRecord(
      WorkflowClient client, String workflowId, String name, Class<?> implementation) {
    WorkflowExecutionHistory history = client.fetchHistory(workflowId);
    try {
      WorkflowReplayer.replayWorkflowExecution(history, implementation);
      String dir = System.getProperty("rebound.recordHistories");
      if (dir != null) {
        Files.createDirectories(Path.of(dir));
        Files.writeString(Path.of(dir, name + ".json"), history.toJson(true));
      }
    } catch (Exception e) {
      throw new AssertionError("replay of " + name + " failed", e);
    }
  }
}
