package app.rebound.api.cli;

import app.rebound.api.Mode;
import app.rebound.api.ReboundConfiguration;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code dev}: embedded Temporal and database, the worker and the API in one process. */
public final class DevCommand extends ServerCommand<ReboundConfiguration> {
  public DevCommand(Application<ReboundConfiguration> application) {
    super(application, "dev", "Runs everything in one process: Temporal, database, worker, API");
  }

  @Override
  protected void run(
      Bootstrap<ReboundConfiguration> bootstrap, Namespace namespace, ReboundConfiguration config)
      throws Exception {
    config.mode(Mode.DEV);
    // dev takes unsigned webhooks and lets loopback callers use /api without a token, so it
    // listens on loopback only unless REBOUND_BIND_HOST says otherwise.
    config
        .httpConnector()
        .filter(http -> http.getBindHost() == null || http.getBindHost().isBlank())
        .ifPresent(http -> http.setBindHost("127.0.0.1"));
    super.run(bootstrap, namespace, config);
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable failure) {
    CommandErrors.report(cli, "dev", failure);
  }
}
