package io.github.awsinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.MotoServer;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@AwsEmulatorTest
class CollectCommandIT {

  private static EstateManifest estate;
  private static Path config;
  private static String endpoint;

  @BeforeAll
  static void buildEstate(MotoServer moto, @TempDir Path dir) {
    estate = StandardEstate.build(moto);
    config = estate.writeAccountsConfig(dir.resolve("accounts.json"));
    endpoint = moto.endpoint().toString();
  }

  @Test
  void collect_intoANewTable_exitsZeroAndPrintsTheReport() {
    assertThat(CliRunner.run("--endpoint-url", endpoint, "--table", "cli-collect", "table", "create").exitCode).isZero();

    CliRunner result = CliRunner.run("collect", "--config", config.toString(), "--endpoint-url", endpoint,
        "--table", "cli-collect");

    assertThat(result.exitCode).as(result.toString()).isZero();
    assertThat(result.out).contains(" OK in ", "Accounts 3", "Coverage 100.0 %",
        "Resources " + estate.resources().size() + ": new " + estate.resources().size(), "ec2_instance", "iam_user");
    assertThat(result.err).contains("collect: ").doesNotContain("Exception");
  }

  @Test
  void collect_dryRunAsJson_writesNothingAndIsMachineReadable() {
    assertThat(CliRunner.run("--endpoint-url", endpoint, "--table", "cli-dry", "table", "create").exitCode).isZero();

    CliRunner result = CliRunner.run("--output", "json", "collect", "--config", config.toString(), "--dry-run",
        "--accounts", "222222222222", "--resource-types", "ec2,s3", "--endpoint-url", endpoint, "--table", "cli-dry");

    assertThat(result.exitCode).as(result.toString()).isZero();
    assertThat(result.out).contains("\"dry_run\" : true", "\"items_written\" : 0", "\"account_filter\" : [ \"222222222222\" ]",
        "\"type_filter\" : [ \"ec2_instance\", \"s3_bucket\" ]");
  }

  @Test
  void collect_withoutTheTable_exitsOneSayingHowToCreateIt() {
    CliRunner result = CliRunner.run("collect", "--config", config.toString(), "--endpoint-url", endpoint,
        "--table", "never-created");

    assertThat(result.exitCode).isEqualTo(InventoryCli.FAILURE);
    assertThat(result.err).contains("table never-created does not exist", "./inventory table create");
  }

  @Test
  void collect_badArguments_exitTwoNamingTheProblem(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"accounts\": {\"x\": {\"account_id\": \"1\"}}}");

    CliRunner badShard = CliRunner.run("collect", "--config", config.toString(), "--shard", "5/4",
        "--endpoint-url", endpoint);
    CliRunner badConfig = CliRunner.run("collect", "--config", broken.toString(), "--endpoint-url", endpoint);
    CliRunner unknownAccount = CliRunner.run("collect", "--config", config.toString(), "--dry-run",
        "--accounts", "999999999999", "--endpoint-url", endpoint);

    assertThat(badShard.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(badShard.err).contains("--shard", "5/4");
    assertThat(badConfig.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(badConfig.err).contains("$.accounts.x.account_id");
    assertThat(unknownAccount.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(unknownAccount.err).contains("999999999999");
  }
}
