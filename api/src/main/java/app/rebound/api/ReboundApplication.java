package app.rebound.api;

import static app.rebound.api.ReboundConfiguration.value;

import app.rebound.activities.db.WeeklyFigures;
import app.rebound.activities.slack.FixModal;
import app.rebound.api.cli.ReplayCommand;
import app.rebound.api.cli.ServeCommand;
import app.rebound.api.cli.WorkerCommand;
import app.rebound.api.resources.CasesResource;
import app.rebound.api.resources.DashboardResource;
import app.rebound.api.resources.IntercomWebhookResource;
import app.rebound.api.resources.OutboxResource;
import app.rebound.api.resources.PlaybookResource;
import app.rebound.api.resources.ReportsResource;
import app.rebound.api.resources.SlackInteractionsResource;
import com.codahale.metrics.health.HealthCheck;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import jakarta.servlet.DispatcherType;
import java.io.File;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.ExecutorService;

/**
 * Rebound's one jar: {@code dev}, {@code server} and {@code worker} (SPEC §2), and {@code replay}
 * for sample webhooks. Without a configuration file the built-in {@code rebound.yml} is used, which
 * reads everything from the environment.
 */
public class ReboundApplication extends Application<ReboundConfiguration> {
  public static final String BUILT_IN_CONFIG = "rebound.yml";

  public static void main(String[] args) throws Exception {
    new ReboundApplication().run(withDefaultConfig(args));
  }

  /** {@code dev} alone means {@code dev rebound.yml}: the built-in configuration. */
  static String[] withDefaultConfig(String[] args) {
    if (args.length == 1 && !args[0].startsWith("-") && !"replay".equals(args[0])) {
      return new String[] {args[0], BUILT_IN_CONFIG};
    }
    return args;
  }

  @Override
  public String getName() {
    return "rebound";
  }

  @Override
  protected void addDefaultCommands(Bootstrap<ReboundConfiguration> bootstrap) {
    bootstrap.addCommand(ServeCommand.dev(this));
    bootstrap.addCommand(ServeCommand.server(this));
    bootstrap.addCommand(new WorkerCommand(this));
    bootstrap.addCommand(new ReplayCommand());
  }

  @Override
  public void initialize(Bootstrap<ReboundConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            path -> open(path), new EnvironmentVariableSubstitutor(false)));
    bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /** A file when one exists at the path, else the resource of that name in the jar. */
  private static InputStream open(String path) throws java.io.IOException {
    if (new File(path).isFile()) {
      return new FileConfigurationSourceProvider().open(path);
    }
    return new ResourceConfigurationSourceProvider().open(path);
  }

  @Override
  public void run(ReboundConfiguration config, Environment environment) {
    ReboundServices services = new ReboundServices(config);
    environment.lifecycle().manage(closing(services));
    boolean dev = config.mode() == Mode.DEV;
    if (dev) {
      services.startWorker();
    }
    ExecutorService background =
        environment
            .lifecycle()
            .executorService("slack-actions-%d")
            .minThreads(4)
            .maxThreads(4)
            .build();

    environment.jersey().register(new ErrorMappers.WebApplication());
    environment.jersey().register(new ErrorMappers.Json());
    environment.jersey().register(new ErrorMappers.Unexpected());
    environment
        .jersey()
        .register(
            new IntercomWebhookResource(
                value(config.intercom.clientSecret), dev, services.intake(), services.actions()));
    environment
        .jersey()
        .register(
            new SlackInteractionsResource(
                value(config.slack.signingSecret),
                dev,
                services.actions(),
                services.slack(),
                new FixModal(services.playbook().rootCauses()),
                background,
                Clock.systemUTC()));
    environment
        .jersey()
        .register(
            new CasesResource(
                services.cases(),
                services.actions(),
                environment.getObjectMapper(),
                services.playbook().rootCauses(),
                Clock.systemUTC()));
    environment.jersey().register(new OutboxResource(services.outbox()));
    environment.jersey().register(new PlaybookResource(services.playbook()));
    environment
        .jersey()
        .register(
            new ReportsResource(
                new WeeklyFigures(services.database().jdbi()),
                services.playbook(),
                Clock.systemUTC()));
    environment.jersey().register(new DashboardResource());
    environment
        .servlets()
        .addFilter("api-token", new ApiTokenFilter(value(config.apiToken), dev))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/api/*");

    environment
        .lifecycle()
        .addServerLifecycleListener(server -> server.setErrorHandler(new JsonErrorHandler()));
    environment.getApplicationContext().setErrorHandler(new JsonErrorHandler());

    environment.healthChecks().register("database", new DatabaseHealthCheck(services));
    environment.healthChecks().register("temporal", new TemporalHealthCheck(services));
  }

  private static Managed closing(AutoCloseable closeable) {
    return new Managed() {
      @Override
      public void stop() throws Exception {
        closeable.close();
      }
    };
  }

  static final class DatabaseHealthCheck extends HealthCheck {
    private final ReboundServices services;

    DatabaseHealthCheck(ReboundServices services) {
      this.services = services;
    }

    @Override
    protected Result check() {
      services
          .database()
          .jdbi()
          .withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
      return Result.healthy();
    }
  }

  static final class TemporalHealthCheck extends HealthCheck {
    private final ReboundServices services;

    TemporalHealthCheck(ReboundServices services) {
      this.services = services;
    }

    @Override
    protected Result check() {
      services.temporal().ping(Duration.ofSeconds(2));
      return Result.healthy();
    }
  }
}
