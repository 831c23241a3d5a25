package app.rebound.api.cli;

import app.rebound.api.Mode;
import app.rebound.api.ReboundConfiguration;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code server}: the HTTP API only, against TEMPORAL_ADDRESS and DATABASE_URL. */
public final class ServerModeCommand extends ServerCommand<ReboundConfiguration> {
  public ServerModeCommand(Application<ReboundConfiguration> application) {
    super(application, "server", "Runs the HTTP API against an external Temporal and database");
  }

  @Override
  protected void run(
      Bootstrap<ReboundConfiguration> bootstrap, Namespace namespace, ReboundConfiguration config)
      throws Exception {
    config.mode(Mode.SERVER);
    super.run(bootstrap, namespace, config);
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable failure) {
    CommandErrors.report(cli, "server", failure);
  }
}
