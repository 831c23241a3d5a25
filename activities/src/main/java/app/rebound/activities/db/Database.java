package app.rebound.activities.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case database: a connection pool with the schema migrated to the latest version, and a {@link
 * Jdbi} over it for the stores.
 *
 * <p>Production runs on PostgreSQL; {@code dev} runs on an H2 file database in PostgreSQL mode (see
 * {@link #devUrl(Path)}). One set of migrations, {@code classpath:db/migration}, serves both.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private static final String MIGRATIONS = "classpath:db/migration";

  private final String url;
  private final HikariDataSource pool;
  private final Jdbi jdbi;

  private Database(String url, HikariDataSource pool) {
    this.url = url;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    jdbi.registerArgument(new InstantArgumentFactory());
    jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> instant(rs, column));
  }

  /**
   * Opens a pool on the database and migrates its schema.
   *
   * @param url a JDBC URL, e.g. {@code jdbc:postgresql://db:5432/rebound}
   * @param user the user name; null or empty for none
   * @param password the password; null or empty for none
   * @throws UnableToOpenDatabaseException when the database cannot be reached or migrated; the
   *     message names the URL, never the password
   */
  public static Database open(String url, String user, String password) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("no database URL given (DATABASE_URL)");
    }
    String shownUrl = redact(url);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(poolConfig(url, user, password));
    } catch (RuntimeException e) {
      throw new UnableToOpenDatabaseException(
          "cannot connect to the case database at " + shownUrl + ": " + rootMessage(e), e);
    }
    try {
      MigrateResult result =
          Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
      LOG.info(
          "Opened the case database at {}: schema version {}, {} migrations applied now",
          shownUrl,
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion,
          result.migrationsExecuted);
    } catch (RuntimeException e) {
      pool.close();
      throw new UnableToOpenDatabaseException(
          "cannot migrate the case database at " + shownUrl + ": " + rootMessage(e), e);
    }
    return new Database(shownUrl, pool);
  }

  /**
   * The JDBC URL of {@code dev}'s embedded file database in {@code directory}: H2 in PostgreSQL
   * mode, so that the same SQL runs as in production. H2 creates the directory when needed.
   */
  public static String devUrl(Path directory) {
    Path file = directory.toAbsolutePath().normalize().resolve("rebound");
    return "jdbc:h2:file:"
        + file
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return pool;
  }

  /** The JDBC URL with any password in it masked, fit for logs and messages. */
  public String url() {
    return url;
  }

  @Override
  public void close() {
    pool.close();
  }

  /** Reads a {@code TIMESTAMP WITH TIME ZONE} column as an instant, or null. */
  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Reads a {@code TIMESTAMP WITH TIME ZONE} column as an instant, or null. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Masks a password written into a JDBC URL, as {@code password=...} or {@code user:pw@host}. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
  }

  private static HikariConfig poolConfig(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("rebound-db");
    config.setJdbcUrl(url);
    if (user != null && !user.isEmpty()) {
      config.setUsername(user);
    }
    if (password != null && !password.isEmpty()) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(10);
    config.setConnectionTimeout(10_000);
    return config;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return redact(String.valueOf(cause.getMessage()));
  }

  /**
   * Binds instants as {@code TIMESTAMP WITH TIME ZONE} at UTC, so that neither driver converts them
   * through the JVM's default zone.
   */
  private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
    InstantArgumentFactory() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      OffsetDateTime utc = value.atOffset(ZoneOffset.UTC);
      return (position, statement, ctx) -> statement.setObject(position, utc);
    }
  }
}
