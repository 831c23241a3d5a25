package app.rebound.api.cli;

import app.rebound.api.Mode;
import app.rebound.api.ReboundConfiguration;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * The two commands that serve HTTP: {@code dev} (embedded Temporal and database, the worker and the
 * API in one process) and {@code server} (the API only, against TEMPORAL_ADDRESS and DATABASE_URL).
 */
public final class ServeCommand extends ServerCommand<ReboundConfiguration> {
  private final Mode mode;

  private ServeCommand(
      Application<ReboundConfiguration> application, Mode mode, String description) {
    super(application, mode.name().toLowerCase(java.util.Locale.ROOT), description);
    this.mode = mode;
  }

  public static ServeCommand dev(Application<ReboundConfiguration> application) {
    return new ServeCommand(
        application, Mode.DEV, "Runs everything in one process: Temporal, database, worker, API");
  }

  public static ServeCommand server(Application<ReboundConfiguration> application) {
    return new ServeCommand(
        application, Mode.SERVER, "Runs the HTTP API against an external Temporal and database");
  }

  @Override
  protected void run(
      Bootstrap<ReboundConfiguration> bootstrap, Namespace namespace, ReboundConfiguration config)
      throws Exception {
    config.mode(mode);
    if (mode == Mode.DEV) {
      // dev takes unsigned webhooks and lets loopback callers use /api without a token, so it
      // listens on loopback only unless REBOUND_BIND_HOST says otherwise.
      config
          .httpConnector()
          .filter(http -> http.getBindHost() == null || http.getBindHost().isBlank())
          .ifPresent(http -> http.setBindHost("127.0.0.1"));
    }
    super.run(bootstrap, namespace, config);
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable failure) {
    CommandErrors.report(cli, getName(), failure);
  }
}
