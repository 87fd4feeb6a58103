package io.github.awsinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.testkit.MotoServer;
import io.github.awsinventory.testkit.estate.EstateManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An estate built in moto and collected into a table with the CLI's own {@code table create} and
 * {@code collect}, for the tests of the commands that read the table.
 */
final class CollectedEstate {

  private static final ObjectMapper JSON = new ObjectMapper();

  final EstateManifest manifest;
  final Path config;
  final String endpoint;
  final String table;

  private CollectedEstate(EstateManifest manifest, Path config, String endpoint, String table) {
    this.manifest = manifest;
    this.config = config;
    this.endpoint = endpoint;
    this.table = table;
  }

  /**
   * Creates the table and collects the estate into it; fails the caller when either command fails.
   *
   * @param moto the emulator the estate was built in
   * @param manifest what was built
   * @param dir where to write the accounts configuration
   * @param table the table name
   * @return the collected estate
   */
  static CollectedEstate collect(MotoServer moto, EstateManifest manifest, Path dir, String table) {
    CollectedEstate estate = new CollectedEstate(manifest, manifest.writeAccountsConfig(dir.resolve("accounts.json")),
        moto.endpoint().toString(), table);
    CliRunner create = estate.cli("table", "create");
    assertThat(create.exitCode).as(create.toString()).isZero();
    estate.collectAgain();
    return estate;
  }

  /**
   * Runs {@code collect} once more with the same configuration.
   *
   * @return what the command printed; it exited 0
   */
  CliRunner collectAgain() {
    CliRunner collect = cli("collect", "--config", config.toString());
    assertThat(collect.exitCode).as(collect.toString()).isZero();
    return collect;
  }

  /**
   * Runs the CLI against this estate's endpoint and table.
   *
   * @param args the command and its options
   * @return the result
   */
  CliRunner cli(String... args) {
    List<String> all = new ArrayList<>(List.of("--endpoint-url", endpoint, "--table", table));
    all.addAll(List.of(args));
    return CliRunner.run(all.toArray(new String[0]));
  }

  /**
   * Runs the CLI with {@code --output json}, asserts exit code 0 and parses standard output.
   *
   * @param args the command and its options
   * @return the parsed output
   */
  JsonNode json(String... args) {
    List<String> all = new ArrayList<>(List.of("--output", "json"));
    all.addAll(List.of(args));
    CliRunner result = cli(all.toArray(new String[0]));
    assertThat(result.exitCode).as(result.toString()).isZero();
    return parse(result.out);
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }
}
