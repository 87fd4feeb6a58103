package io.github.awsinventory.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.testkit.internal.AbstractEmulator;
import io.github.awsinventory.testkit.internal.MotoLocator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The moto server ({@code moto_server}, moto 5.2.1 or later) as an {@link AwsEmulator}: started on a free
 * loopback port with {@code MOTO_EC2_LOAD_DEFAULT_AMIS=false}, or an already running one reused.
 *
 * <p>The executable is found, in order, from the {@code inventory.moto.command} system property or the
 * {@code INVENTORY_MOTO_COMMAND} environment variable (a command line), the {@code PATH}, pyenv's
 * versions ({@code $PYENV_ROOT} or {@code ~/.pyenv}), {@code ~/.local/bin} and {@code /usr/local/bin}, so
 * that builds find it without an interactive shell's {@code PATH}.
 */
public final class MotoServer extends AbstractEmulator {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Logger LOG = LoggerFactory.getLogger(MotoServer.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  /** The SDK's switch for CBOR, which it speaks to Kinesis by default; moto answers Kinesis in JSON only. */
  private static final String CBOR_ENABLED = "aws.cborEnabled";

  static {
    if (System.getProperty(CBOR_ENABLED) == null) {
      System.setProperty(CBOR_ENABLED, "false");
    }
  }

  private final int port;
  private final Process process;
  private final Path log;
  private final boolean detached;

  private MotoServer(int port, Process process, Path log, boolean detached) {
    super(URI.create("http://127.0.0.1:" + port), "testing", "testing");
    this.port = port;
    this.process = process;
    this.log = log;
    this.detached = detached;
  }

  /**
   * Starts a moto server on a free loopback port.
   *
   * @return the running server; {@link #close()} stops it
   * @throws EmulatorUnavailableException when moto is not installed or does not start
   */
  public static MotoServer start() {
    EmulatorUnavailableException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return start(freePort());
      } catch (PortInUseException e) {
        last = new EmulatorUnavailableException(e.getMessage());
      }
    }
    throw last;
  }

  /**
   * Starts a moto server on a given loopback port.
   *
   * @param port the port
   * @return the running server; {@link #close()} stops it
   * @throws EmulatorUnavailableException when moto is not installed or does not start
   */
  public static MotoServer start(int port) {
    return start(port, false);
  }

  /**
   * Starts a moto server that outlives this JVM (for a demo that leaves it running to explore):
   * {@link #close()} leaves it running, and its output goes to {@link #logFile()}.
   *
   * @param port the loopback port
   * @return the running server
   * @throws EmulatorUnavailableException when moto is not installed or does not start
   */
  public static MotoServer startDetached(int port) {
    return start(port, true);
  }

  private static MotoServer start(int port, boolean detached) {
    List<List<String>> candidates = MotoLocator.candidates();
    if (candidates.isEmpty()) {
      throw new EmulatorUnavailableException("moto_server was not found (looked at -Dinventory.moto.command, "
          + "$INVENTORY_MOTO_COMMAND, the PATH, ~/.pyenv/versions/*/bin, ~/.local/bin and /usr/local/bin). "
          + "Install it with: " + EmulatorUnavailableException.INSTALL_MOTO
          + " — or point -Dinventory.moto.command at it. Integration tests need it; they do not skip.");
    }
    List<String> failures = new ArrayList<>();
    for (List<String> command : candidates) {
      try {
        return launch(command, port, detached);
      } catch (PortInUseException e) {
        throw e;
      } catch (EmulatorUnavailableException e) {
        failures.add(String.join(" ", command) + ": " + e.getMessage());
      }
    }
    throw new EmulatorUnavailableException("moto_server did not start:\n  " + String.join("\n  ", failures)
        + "\nInstall or repair it with: " + EmulatorUnavailableException.INSTALL_MOTO);
  }

  /**
   * Reuses a moto server already answering on a loopback port, or starts one there.
   *
   * @param port the port
   * @return the server; {@link #close()} stops it only if this call started it
   */
  public static MotoServer startOrReuse(int port) {
    if (answers(port)) {
      LOG.info("Reusing the moto server on port {}", port);
      return new MotoServer(port, null, null, false);
    }
    return start(port);
  }

  /**
   * Connects to a moto server that is already running; {@link #close()} leaves it running.
   *
   * @param port its loopback port
   * @return the server
   * @throws EmulatorUnavailableException when nothing answers as moto on that port
   */
  public static MotoServer connect(int port) {
    if (!answers(port)) {
      throw new EmulatorUnavailableException("no moto server answers on 127.0.0.1:" + port);
    }
    return new MotoServer(port, null, null, false);
  }

  /**
   * Whether a moto server answers on a loopback port.
   *
   * @param port the port
   * @return true when {@code /moto-api/} answers
   */
  public static boolean answers(int port) {
    return status(port) == 200;
  }

  @Override
  public String name() {
    return "moto";
  }

  /**
   * The port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Whether this object started the server (and will stop it on {@link #close()}).
   *
   * @return true when started here
   */
  public boolean isOwned() {
    return process != null;
  }

  @Override
  public void reset() {
    post("/moto-api/reset");
    forgetSessions();
  }

  /**
   * Seeds AWS Config's advanced query: afterwards {@code SelectResourceConfig} with exactly this expression, in
   * this account and region, answers these results — JSON documents as strings, as AWS Config returns them —
   * until the next {@link #reset()}. The emulator evaluates no query itself; this is how a test gives it an
   * estate that Config "recorded".
   *
   * @param accountId the account
   * @param region the region
   * @param expression the query, as the code under test sends it
   * @param results the query's results
   * @throws IllegalStateException when the server was not started by the test kit (which adds this endpoint)
   */
  public void seedConfigQuery(String accountId, String region, String expression, List<String> results) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("account_id", accountId);
    body.put("region", region);
    body.put("expression", expression);
    body.put("results", results);
    String path = "/moto-api/static/config/query-results";
    try {
      HttpURLConnection connection = open(port, path, "POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = connection.getOutputStream()) {
        out.write(JSON.writeValueAsBytes(body));
      }
      int status = connection.getResponseCode();
      connection.disconnect();
      if (status != 201) {
        throw new IllegalStateException("moto answered " + status + " to POST " + path + ": this server was not "
            + "started by the test kit, which adds that endpoint; stop it and let the test kit start one");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("moto server on port " + port + " did not answer POST " + path, e);
    }
  }

  /**
   * moto's view of its state ({@code /moto-api/data.json}), e.g. the SNS messages it has "sent".
   *
   * @return the JSON text
   */
  public String dataJson() {
    return get("/moto-api/data.json");
  }

  /**
   * The process id of a server this JVM started.
   *
   * @return the pid
   */
  public Optional<Long> pid() {
    return process == null ? Optional.empty() : Optional.of(process.pid());
  }

  /**
   * Where a server this JVM started writes its output.
   *
   * @return the log file
   */
  public Optional<Path> logFile() {
    return Optional.ofNullable(log);
  }

  @Override
  public void close() {
    closeClients();
    if (!detached) {
      stop();
    }
  }

  /** Stops the server if this JVM started it (also a detached one). */
  public void stop() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      LOG.debug("Could not delete {}", log, e);
    }
  }

  /** A directory with the test kit's sitecustomize.py, which adds its endpoints to the emulator's own API. */
  private static synchronized Path hooks() {
    try {
      Path dir = Files.createTempDirectory("inventory-moto-hooks-");
      try (InputStream in = MotoServer.class.getResourceAsStream("moto/sitecustomize.py")) {
        if (in == null) {
          throw new IllegalStateException("the test kit's moto/sitecustomize.py is missing from its jar");
        }
        Files.copy(in, dir.resolve("sitecustomize.py"));
      }
      dir.toFile().deleteOnExit();
      dir.resolve("sitecustomize.py").toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the emulator's hooks", e);
    }
  }

  private static MotoServer launch(List<String> command, int port, boolean detached) {
    Path log;
    try {
      log = Files.createTempFile("moto-" + port + "-", ".log");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> fullCommand = new ArrayList<>(command);
    fullCommand.addAll(List.of("-H", "127.0.0.1", "-p", String.valueOf(port)));
    ProcessBuilder builder = new ProcessBuilder(fullCommand).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("MOTO_EC2_LOAD_DEFAULT_AMIS", "false");
    String pythonPath = builder.environment().get("PYTHONPATH");
    builder.environment().put("PYTHONPATH", hooks().toString()
        + (pythonPath == null || pythonPath.isEmpty() ? "" : File.pathSeparator + pythonPath));
    builder.environment().putIfAbsent("AWS_DEFAULT_REGION", "us-east-1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new EmulatorUnavailableException("cannot run: " + e.getMessage(), e);
    }
    MotoServer server = new MotoServer(port, process, log, detached);
    if (!detached) {
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "moto-shutdown-" + port));
    }
    Waiter<Integer> ready = Waiter.builder(Integer.class)
        .overrideConfiguration(c -> c.waitTimeout(START_TIMEOUT).maxAttempts(10_000)
            .backoffStrategyV2(BackoffStrategy.exponentialDelay(Duration.ofMillis(50), Duration.ofMillis(500))))
        .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(status -> status == 200))
        .addAcceptor(WaiterAcceptor.errorOnResponseAcceptor(status -> !process.isAlive(), "moto_server exited"))
        .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(status -> true))
        .build();
    try {
      ready.run(() -> status(port));
    } catch (SdkClientException e) {
      String output = tail(log);
      server.closeClients();
      server.stop();
      if (output.contains("Address already in use")) {
        throw new PortInUseException("port " + port + " is in use");
      }
      throw new EmulatorUnavailableException("it did not answer on 127.0.0.1:" + port + " within " + START_TIMEOUT
          + " (" + e.getMessage() + "); its output:\n" + output, e);
    }
    LOG.info("Started moto server on 127.0.0.1:{} ({})", port, String.join(" ", command));
    return server;
  }

  private static int status(int port) {
    try {
      HttpURLConnection connection = open(port, "/moto-api/", "GET");
      int status = connection.getResponseCode();
      connection.disconnect();
      return status;
    } catch (IOException e) {
      return -1;
    }
  }

  private void post(String path) {
    try {
      HttpURLConnection connection = open(port, path, "POST");
      connection.setDoOutput(true);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(new byte[0]);
      }
      int status = connection.getResponseCode();
      connection.disconnect();
      if (status != 200) {
        throw new IllegalStateException("moto answered " + status + " to POST " + path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("moto server on port " + port + " did not answer POST " + path, e);
    }
  }

  private String get(String path) {
    try {
      HttpURLConnection connection = open(port, path, "GET");
      try (InputStream in = connection.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("moto server on port " + port + " did not answer GET " + path, e);
    }
  }

  private static HttpURLConnection open(int port, String path, String method) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
        .openConnection();
    connection.setRequestMethod(method);
    connection.setConnectTimeout(1000);
    connection.setReadTimeout(30_000);
    return connection;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** The chosen port was taken between choosing and binding. */
  private static final class PortInUseException extends EmulatorUnavailableException {
    private static final long serialVersionUID = 1L;

    PortInUseException(String message) {
      super(message);
    }
  }

  @Override
  public String toString() {
    return "moto at " + endpoint() + (isOwned() ? "" : " (reused)");
  }

  /**
   * The command line that starts moto here, if one was found.
   *
   * @return the command
   */
  public static Optional<List<String>> command() {
    return MotoLocator.candidates().stream().findFirst();
  }
}
