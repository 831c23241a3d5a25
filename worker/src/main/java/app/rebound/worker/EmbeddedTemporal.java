package app.rebound.worker;

import app.rebound.workflows.CaseSearchAttributes;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.internal.testservice.TestServicesStarter;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Temporal server of {@code dev}: the Java SDK's test server in real time, in this process,
 * listening on 127.0.0.1 only. It keeps everything in memory, so cases live as long as the process.
 */
public final class EmbeddedTemporal implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedTemporal.class);

  private final TestServicesStarter services;
  private final Server server;

  private EmbeddedTemporal(TestServicesStarter services, Server server) {
    this.services = services;
    this.server = server;
  }

  /** Starts the server on 127.0.0.1:{@code port} (0 picks a free port). */
  public static EmbeddedTemporal start(int port) {
    // Time skipping locked: timers fire in real time, as on a real cluster.
    TestServicesStarter services = new TestServicesStarter(true, System.currentTimeMillis());
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port));
    for (BindableService service : services.getServices()) {
      builder.addService(service);
    }
    try {
      Server server = builder.build().start();
      EmbeddedTemporal temporal = new EmbeddedTemporal(services, server);
      temporal.registerSearchAttributes();
      log.info("Embedded Temporal server listening on {}", temporal.target());
      return temporal;
    } catch (IOException e) {
      services.close();
      throw new UncheckedIOException(
          "Could not start the embedded Temporal server on 127.0.0.1:"
              + port
              + " (is another Temporal server running there?)",
          e);
    }
  }

  /** host:port for {@code TEMPORAL_ADDRESS}-style clients. */
  public String target() {
    return "127.0.0.1:" + server.getPort();
  }

  private void registerSearchAttributes() {
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget(target())
                .validateAndBuildWithDefaults());
    try {
      operator
          .blockingStub()
          .addSearchAttributes(
              AddSearchAttributesRequest.newBuilder()
                  .setNamespace("default")
                  .putSearchAttributes(
                      CaseSearchAttributes.SCORE.getName(), IndexedValueType.INDEXED_VALUE_TYPE_INT)
                  .putSearchAttributes(
                      CaseSearchAttributes.STAGE.getName(),
                      IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                  .putSearchAttributes(
                      CaseSearchAttributes.OWNER.getName(),
                      IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                  .build());
    } finally {
      operator.shutdownNow();
    }
  }

  @Override
  public void close() {
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.shutdownNow();
    }
    services.close();
  }
}
