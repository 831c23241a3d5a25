package app.rebound.api;

import static app.rebound.api.ReboundConfiguration.value;

import app.rebound.activities.db.CaseStore;
import app.rebound.activities.db.CaseStoreActivitiesImpl;
import app.rebound.activities.db.Database;
import app.rebound.activities.db.DeliveryStore;
import app.rebound.activities.db.JdbiMessageStore;
import app.rebound.activities.db.JdbiOutboxStore;
import app.rebound.activities.db.WeeklyFigures;
import app.rebound.activities.intercom.IntercomActivitiesImpl;
import app.rebound.activities.intercom.IntercomClient;
import app.rebound.activities.slack.OutboxStore;
import app.rebound.activities.slack.ReportActivitiesImpl;
import app.rebound.activities.slack.SlackActivitiesImpl;
import app.rebound.activities.slack.SlackGateway;
import app.rebound.worker.CaseActions;
import app.rebound.worker.EmbeddedTemporal;
import app.rebound.worker.IntakeActivitiesImpl;
import app.rebound.worker.RatingIntake;
import app.rebound.worker.ReboundWorker;
import app.rebound.worker.Reconciliation;
import app.rebound.worker.TemporalConnection;
import app.rebound.worker.WeeklyReportStarter;
import app.rebound.workflows.model.CaseInput;
import app.rebound.workflows.playbook.InvalidPlaybookException;
import app.rebound.workflows.playbook.Playbook;
import app.rebound.workflows.playbook.PlaybookLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a Rebound process is made of, built from the configuration for one {@link Mode} and
 * closed in reverse order. Startup fails with a message that names what is wrong.
 */
public final class ReboundServices implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ReboundServices.class);

  private final Deque<AutoCloseable> closeables = new ArrayDeque<>();
  private final ReboundConfiguration config;
  private final Playbook playbook;
  private final Database database;
  private final EmbeddedTemporal embeddedTemporal;
  private final TemporalConnection temporal;
  private final CaseStore cases;
  private final OutboxStore outbox;
  private final SlackGateway slack;
  private final IntercomClient intercom;
  private ReboundWorker worker;

  public ReboundServices(ReboundConfiguration config) {
    this.config = config;
    try {
      requireExternalServices(config);
      this.playbook = loadPlaybook(value(config.playbook));
      String url = value(config.database.url);
      if (url == null) {
        url = Database.devUrl(Paths.get(config.database.directory));
      }
      this.database =
          remember(
              Database.open(url, value(config.database.user), value(config.database.password)));
      String address = value(config.temporal.address);
      if (address == null) {
        this.embeddedTemporal = remember(EmbeddedTemporal.start(config.temporal.embeddedPort));
        address = embeddedTemporal.target();
      } else {
        this.embeddedTemporal = null;
      }
      this.temporal = remember(TemporalConnection.open(address, config.temporal.namespace));
      this.cases = new CaseStore(database.jdbi());
      this.outbox = new JdbiOutboxStore(database.jdbi());
      this.slack =
          SlackGateway.forEnvironment(value(config.slack.botToken), config.slack.apiUrl, outbox);
      if (slack instanceof AutoCloseable closeable) {
        remember(closeable);
      }
      this.intercom =
          new IntercomClient(
              URI.create(config.intercom.apiUrl), value(config.intercom.accessToken));
      warnAboutMissingSecrets(config);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** {@code server} and {@code worker} need both outside services; one message names all gaps. */
  private static void requireExternalServices(ReboundConfiguration config) {
    if (config.mode() == Mode.DEV) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (value(config.database.url) == null) {
      missing.add("DATABASE_URL (a PostgreSQL JDBC URL such as jdbc:postgresql://db:5432/rebound)");
    }
    if (value(config.temporal.address) == null) {
      missing.add("TEMPORAL_ADDRESS (host:port of the Temporal frontend)");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          config.mode().name().toLowerCase(Locale.ROOT)
              + " needs "
              + String.join(" and ", missing)
              + "; for everything in one process run `bin/rebound dev`");
    }
  }

  /** Says at startup what a missing secret will do, rather than leaving it to the first request. */
  private static void warnAboutMissingSecrets(ReboundConfiguration config) {
    Mode mode = config.mode();
    if (mode != Mode.SERVER && value(config.slack.botToken) == null) {
      log.warn("SLACK_BOT_TOKEN is not set: Slack messages go to the log and to /api/outbox");
    }
    if (mode == Mode.SERVER) {
      if (value(config.apiToken) == null) {
        log.warn("REBOUND_API_TOKEN is not set: /api/* refuses every request");
      }
      if (value(config.intercom.clientSecret) == null) {
        log.warn("INTERCOM_CLIENT_SECRET is not set: every Intercom webhook is refused");
      }
      if (value(config.slack.signingSecret) == null) {
        log.warn("SLACK_SIGNING_SECRET is not set: every Slack button click is refused");
      }
    }
  }

  private <T extends AutoCloseable> T remember(T closeable) {
    closeables.push(closeable);
    return closeable;
  }

  /** Builds and starts the Temporal worker in this process. */
  public ReboundWorker startWorker() {
    worker =
        remember(
            new ReboundWorker(
                temporal.client(),
                new SlackActivitiesImpl(slack, new JdbiMessageStore(database.jdbi())),
                new IntercomActivitiesImpl(intercom),
                new CaseStoreActivitiesImpl(cases),
                new IntakeActivitiesImpl(intake())));
    worker.withActivities(
        new ReportActivitiesImpl(
            new WeeklyFigures(database.jdbi()), slack, new JdbiMessageStore(database.jdbi())));
    worker.start();
    WeeklyReportStarter.ensureRunning(temporal.client(), playbook);
    if (value(config.intercom.accessToken) != null) {
      Reconciliation.ensureRunning(temporal.client(), playbook.reconcileEvery(), Clock.systemUTC());
    } else {
      log.info("INTERCOM_ACCESS_TOKEN is not set: no reconciliation, only webhooks create cases");
    }
    return worker;
  }

  public RatingIntake intake() {
    String namespace = temporal.namespace();
    RatingIntake.LinksFactory links =
        appId ->
            new CaseInput.Links(
                config.intercom.appUrl,
                appId,
                config.dashboardUrl(),
                value(config.temporalUiUrl),
                namespace);
    return new RatingIntake(
        temporal.client(),
        new DeliveryStore(database.jdbi()),
        cases,
        playbook,
        links,
        config.temporal.searchAttributes);
  }

  public CaseActions actions() {
    return new CaseActions(temporal.client(), cases);
  }

  public Playbook playbook() {
    return playbook;
  }

  public Database database() {
    return database;
  }

  public TemporalConnection temporal() {
    return temporal;
  }

  public CaseStore cases() {
    return cases;
  }

  public OutboxStore outbox() {
    return outbox;
  }

  public SlackGateway slack() {
    return slack;
  }

  /** The embedded server's address in {@code dev}, or null. */
  public String embeddedTemporalTarget() {
    return embeddedTemporal == null ? null : embeddedTemporal.target();
  }

  static Playbook loadPlaybook(String path) {
    if (path == null) {
      return PlaybookLoader.defaults();
    }
    Path file = Paths.get(path);
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidPlaybookException(
          "REBOUND_PLAYBOOK: cannot read " + file.toAbsolutePath(), e);
    }
    try {
      return PlaybookLoader.parse(yaml);
    } catch (InvalidPlaybookException e) {
      throw new InvalidPlaybookException(file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    while (!closeables.isEmpty()) {
      AutoCloseable closeable = closeables.pop();
      try {
        closeable.close();
      } catch (Exception e) {
        log.warn("Could not close {}; going on with the rest", closeable, e);
      }
    }
  }
}
