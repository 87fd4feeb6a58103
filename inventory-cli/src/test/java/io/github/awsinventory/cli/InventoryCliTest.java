package io.github.awsinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryCliTest {

  @Test
  void help_listsCommandsAndExitCodes() {
    CliRunner result = CliRunner.run("--help");

    assertThat(result.exitCode).isZero();
    assertThat(result.out).contains("config", "table", "--endpoint-url", "--region", "--profile", "--table",
        "Exit codes: 0 success, 1 runtime failure, 2 usage or configuration error");
  }

  @Test
  void version_printsTheProjectVersion() {
    CliRunner result = CliRunner.run("--version");

    assertThat(result.exitCode).isZero();
    assertThat(result.out).startsWith("inventory ").doesNotContain("${project.version}");
  }

  @Test
  void configValidate_shippedExample_exitsZero() {
    CliRunner result = CliRunner.run("config", "validate", "../config/accounts.json.example");

    assertThat(result.exitCode).as(result.toString()).isZero();
    assertThat(result.out).contains("is valid: 3 accounts");
  }

  @Test
  void csvOutput_forACommandWithoutATable_exitsTwoNamingTheOption() {
    CliRunner result = CliRunner.run("--output", "csv", "config", "validate", "../config/accounts.json.example");

    assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
    assertThat(result.err).contains("--output csv is not available for config validate");
    assertThat(result.out).isEmpty();
  }

  @Test
  void csvOutput_forAQueryOfOneResource_exitsTwoNamingTheQuery() {
    String arn = "arn:aws:ec2:us-east-1:111111111111:instance/i-1";

    CliRunner resource = CliRunner.run("--output", "csv", "query", "resource", arn);
    CliRunner history = CliRunner.run("--output", "csv", "query", "history", arn);

    assertThat(resource.exitCode).as(resource.toString()).isEqualTo(InventoryCli.USAGE);
    assertThat(resource.err).contains("--output csv: query resource has no CSV form; use --output table or json");
    assertThat(history.exitCode).as(history.toString()).isEqualTo(InventoryCli.USAGE);
    assertThat(history.err).contains("--output csv: query history has no CSV form; use --output table or json");
  }

  @Test
  void configValidate_brokenFile_exitsTwoAndListsEveryErrorWithItsPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("accounts.json");
    Files.writeString(file, "{\"accounts\": {\"prod\": {\"account_id\": \"123\", \"external_id\": \"s3cr3t-value\"},"
        + " \"dev\": {\"account_id\": \"222222222222\", \"role_name\": \"InventoryRole\"}},"
        + " \"regions\": [\"mars-north-1\"], \"collection_settings\": {\"max_concurrency\": 0}}");

    CliRunner result = CliRunner.run("config", "validate", file.toString());

    assertThat(result.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(result.err).contains("4 errors", "$.accounts.prod.account_id", "$.accounts.prod:",
        "$.regions[0]", "$.collection_settings.max_concurrency").doesNotContain("s3cr3t-value");
  }

  @Test
  void configValidate_jsonOutput_isMachineReadable(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("accounts.json");
    Files.writeString(file, "{\"accounts\": {}, \"regions\": [\"us-east-9\"]}");

    CliRunner result = CliRunner.run("config", "validate", file.toString(), "--output", "json");

    assertThat(result.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(result.out).contains("\"valid\" : false", "\"path\" : \"$.regions[0]\"", "\"fix\"");
  }

  @Test
  void configValidate_missingFile_exitsTwo() {
    CliRunner result = CliRunner.run("config", "validate", "no/such/file.json");

    assertThat(result.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(result.err).contains("does not exist");
  }

  @Test
  void unknownCommand_exitsTwoWithASuggestion() {
    CliRunner result = CliRunner.run("tabel", "create");

    assertThat(result.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(result.err).contains("tabel").contains("table");
  }

  @Test
  void missingSubcommand_exitsTwo() {
    CliRunner result = CliRunner.run("table");

    assertThat(result.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(result.err).contains("create, describe");
  }

  @Test
  void badOutputFormat_exitsTwoNamingTheChoices() {
    CliRunner result = CliRunner.run("--output", "yaml", "config", "validate", "x.json");

    assertThat(result.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(result.err).contains("yaml").contains("table, json");
  }
}
