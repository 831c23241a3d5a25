package app.rebound.api.cli;

import app.rebound.api.Mode;
import app.rebound.api.ReboundConfiguration;
import app.rebound.api.ReboundServices;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.util.concurrent.CountDownLatch;
import net.sourceforge.argparse4j.inf.Namespace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code worker}: the Temporal worker only, until the process is stopped. It serves no HTTP, so any
 * number of workers can run side by side.
 */
public final class WorkerCommand extends ConfiguredCommand<ReboundConfiguration> {
  private static final Logger log = LoggerFactory.getLogger(WorkerCommand.class);
  private final Application<ReboundConfiguration> application;

  public WorkerCommand(Application<ReboundConfiguration> application) {
    super("worker", "Runs the Temporal worker against an external Temporal and database");
    this.application = application;
  }

  @Override
  protected Class<ReboundConfiguration> getConfigurationClass() {
    return application.getConfigurationClass();
  }

  @Override
  protected void run(
      Bootstrap<ReboundConfiguration> bootstrap, Namespace namespace, ReboundConfiguration config)
      throws Exception {
    config.mode(Mode.WORKER);
    config.getLoggingFactory().configure(bootstrap.getMetricRegistry(), "rebound-worker");
    ReboundServices services = new ReboundServices(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("Stopping the worker");
                  services.close();
                  stopped.countDown();
                },
                "rebound-worker-shutdown"));
    services.startWorker();
    stopped.await();
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable failure) {
    CommandErrors.report(cli, "worker", failure);
  }
}
