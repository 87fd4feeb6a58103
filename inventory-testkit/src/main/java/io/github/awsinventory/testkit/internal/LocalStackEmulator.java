package io.github.awsinventory.testkit.internal;

import io.github.awsinventory.testkit.EmulatorUnavailableException;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * LocalStack in a container, through Testcontainers (an optional dependency of the test kit). Chosen
 * with {@code -Dinventory.emulator=localstack}; needs a Docker engine.
 */
public final class LocalStackEmulator extends AbstractEmulator {

  private static final Logger LOG = LoggerFactory.getLogger(LocalStackEmulator.class);

  /** The image, overridable with {@code -Dinventory.localstack.image}. */
  public static final String DEFAULT_IMAGE = "localstack/localstack:4.4";

  private final LocalStackContainer container;

  private LocalStackEmulator(LocalStackContainer container) {
    super(container.getEndpoint(), "test", "test");
    this.container = container;
  }

  /**
   * Starts LocalStack.
   *
   * @return the running emulator
   * @throws EmulatorUnavailableException when Testcontainers is missing or no Docker engine runs
   */
  public static LocalStackEmulator start() {
    try {
      Class.forName("org.testcontainers.containers.localstack.LocalStackContainer");
    } catch (ClassNotFoundException e) {
      throw new EmulatorUnavailableException("-Dinventory.emulator=localstack needs "
          + "org.testcontainers:localstack on the test classpath; or use moto: "
          + EmulatorUnavailableException.INSTALL_MOTO, e);
    }
    boolean docker;
    try {
      docker = DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      docker = false;
    }
    if (!docker) {
      throw new EmulatorUnavailableException("-Dinventory.emulator=localstack needs a running Docker engine, and none "
          + "answers. Start Docker, or use the moto server instead (the default): "
          + EmulatorUnavailableException.INSTALL_MOTO);
    }
    String image = System.getProperty("inventory.localstack.image", DEFAULT_IMAGE);
    LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(image)
        .asCompatibleSubstituteFor("localstack/localstack"));
    container.start();
    LOG.info("Started LocalStack {} at {}", image, container.getEndpoint());
    return new LocalStackEmulator(container);
  }

  @Override
  public String name() {
    return "localstack";
  }

  @Override
  public void reset() {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint() + "/_localstack/state/reset").toURL()
          .openConnection();
      connection.setRequestMethod("POST");
      int status = connection.getResponseCode();
      connection.disconnect();
      if (status / 100 != 2) {
        throw new IllegalStateException("LocalStack answered " + status + " to a state reset; this LocalStack "
            + "edition cannot reset between test classes");
      }
    } catch (IOException e) {
      throw new IllegalStateException("LocalStack did not answer a state reset", e);
    }
    forgetSessions();
  }

  @Override
  public void close() {
    closeClients();
    container.stop();
  }
}
