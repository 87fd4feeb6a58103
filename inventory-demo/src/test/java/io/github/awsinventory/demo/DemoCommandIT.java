package io.github.awsinventory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.cli.CliRunner;
import io.github.awsinventory.testkit.MotoServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code inventory demo} in-process on a free loopback port: it starts a detached moto server, then reuses
 * and resets it, then stops it with {@code --stop}. Whatever happens, the server is stopped afterwards.
 */
class DemoCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BUILT = Pattern.compile("(?m)^ +(\\d+) resources in 3 accounts and 2 regions$");

  private static int port;
  private static String endpoint;

  @BeforeAll
  static void chooseAFreePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    endpoint = "http://127.0.0.1:" + port;
  }

  @AfterAll
  static void stopTheServerTheDemoLeft() {
    ProcessHandle.current().descendants()
        .filter(p -> p.info().commandLine().map(c -> c.contains("moto") && c.endsWith("-p " + port)).orElse(false))
        .forEach(p -> {
          p.destroy();
          p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join();
          p.destroyForcibly();
        });
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void demo_startsAServer_reusesAndResetsIt_andStopsItOnRequest() throws IOException {
    CliRunner first = CliRunner.run("demo", "--port", String.valueOf(port));

    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(first.err).contains("Starting a moto server on port " + port);
    assertThat(first.out).contains("== Summary", "== Cost analysis", "== Security check", "== Cleanup candidates",
        "== Explore further", "./inventory --endpoint-url " + endpoint + " report summary",
        "The moto server keeps running (pid ");
    int resources = built(first);
    assertThat(first.out).contains("Resources " + resources + ": new " + resources, resources + " resources, $");
    assertThat(MotoServer.answers(port)).as("the server outlives the demo").isTrue();
    assertThat(collectedResources()).isEqualTo(resources);

    CliRunner second = CliRunner.run("demo", "--port", String.valueOf(port));

    assertThat(second.exitCode).as(second.toString()).isZero();
    assertThat(second.err).contains("Reusing the moto server on port " + port + " (resetting it)");
    assertThat(built(second)).isEqualTo(resources);
    assertThat(second.out).contains("Resources " + resources + ": new " + resources,
        "The moto server was already running; it keeps running.");
    assertThat(collectedResources()).as("no duplicates after the reset").isEqualTo(resources);
    JsonNode runs = JSON.readTree(CliRunner.run("--endpoint-url", endpoint, "--output", "json", "query", "runs").out);
    assertThat(runs).as("the reset removed the first run's table").hasSize(1);

    CliRunner stop = CliRunner.run("demo", "--stop", "--port", String.valueOf(port));

    assertThat(stop.exitCode).as(stop.toString()).isZero();
    assertThat(built(stop)).isEqualTo(resources);
    assertThat(stop.out).contains("started by an earlier demo) has been stopped (--stop).");
    assertThat(MotoServer.answers(port)).isFalse();
    assertThatThrownBy(() -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      }
    }).as("the port is closed").isInstanceOf(ConnectException.class);
  }

  private static int built(CliRunner result) {
    Matcher matcher = BUILT.matcher(result.out);
    assertThat(matcher.find()).as(result.out).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  private static int collectedResources() throws IOException {
    CliRunner summary = CliRunner.run("--endpoint-url", endpoint, "--output", "json", "report", "summary");
    assertThat(summary.exitCode).as(summary.toString()).isZero();
    return JSON.readTree(summary.out).at("/total/resources").asInt();
  }
}
