package app.rebound.activities.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rebound.workflows.model.SlackRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @EachDatabase
  void migrationsCreateEveryTable(Database db) {
    List<Integer> counts =
        db.jdbi()
            .withHandle(
                h ->
                    List.of("cases", "deliveries", "slack_messages", "outbox").stream()
                        .map(
                            t ->
                                h.createQuery("SELECT COUNT(*) FROM " + t)
                                    .mapTo(Integer.class)
                                    .one())
                        .toList());
    String version =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT MAX(version) FROM flyway_schema_history WHERE success = TRUE")
                        .mapTo(String.class)
                        .one());

    assertThat(counts).containsExactly(0, 0, 0, 0);
    assertThat(version).isEqualTo("1");
  }

  @Test
  void devDatabaseIsAFileThatOutlivesTheProcess(@TempDir Path directory) {
    Path data = directory.resolve("data");
    try (Database db = Database.open(Database.devUrl(data), "", "")) {
      new JdbiMessageStore(db.jdbi()).put("csat-1", "alert", new SlackRef("C1", "1.1"));
    }

    Optional<SlackRef> found;
    try (Database reopened = Database.open(Database.devUrl(data), "", "")) {
      found = new JdbiMessageStore(reopened.jdbi()).find("csat-1", "alert");
    }

    assertThat(found).contains(new SlackRef("C1", "1.1"));
    assertThat(data.resolve("rebound.mv.db")).exists();
  }

  @Test
  void devUrlRunsH2InPostgresMode(@TempDir Path directory) {
    String url = Database.devUrl(directory);

    assertThat(url)
        .startsWith("jdbc:h2:file:" + directory.toAbsolutePath())
        .contains(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
  }

  @Test
  void unreachableDatabaseFailsNamingTheUrlButNotThePassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/rebound?user=rebound&password=hunter2";

    assertThatThrownBy(() -> Database.open(url, "rebound", "hunter2"))
        .isInstanceOf(UnableToOpenDatabaseException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/rebound?user=rebound&password=***")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void missingUrlIsRefused() {
    assertThatThrownBy(() -> Database.open(" ", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DATABASE_URL");
  }

  @Test
  void redactMasksPasswordsInEveryUrlForm() {
    assertThat(Database.redact("jdbc:h2:file:./data/x;USER=sa;PASSWORD=secret;MODE=PostgreSQL"))
        .isEqualTo("jdbc:h2:file:./data/x;USER=sa;PASSWORD=***;MODE=PostgreSQL");
    assertThat(Database.redact("jdbc:postgresql://rebound:secret@db:5432/rebound"))
        .isEqualTo("jdbc:postgresql://rebound:***@db:5432/rebound");
    assertThat(Database.redact("jdbc:postgresql://db:5432/rebound"))
        .isEqualTo("jdbc:postgresql://db:5432/rebound");
  }
}
