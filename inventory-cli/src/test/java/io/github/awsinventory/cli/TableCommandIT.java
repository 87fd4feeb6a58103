package io.github.awsinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.MotoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@AwsEmulatorTest
class TableCommandIT {

  @Test
  void tableCreate_globalOptionsBeforeTheCommand_createsTheTable(MotoServer moto) {
    CliRunner result = CliRunner.run("--endpoint-url", moto.endpoint().toString(), "--table", "before", "table", "create");

    assertThat(result.exitCode).as(result.toString()).isZero();
    assertThat(result.out).contains("before (ACTIVE)", "resource-type-index", "department-index", "account-index",
        "TTL     ENABLED on ttl", "matches docs/TABLE_LAYOUT.md");
  }

  @Test
  void tableCreate_globalOptionsAfterTheCommand_createsTheTableAndIsIdempotent(MotoServer moto) {
    CliRunner first = CliRunner.run("table", "create", "--endpoint-url", moto.endpoint().toString(), "--table", "after");
    CliRunner second = CliRunner.run("table", "create", "--endpoint-url", moto.endpoint().toString(), "--table", "after");

    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(second.exitCode).as(second.toString()).isZero();
  }

  @Test
  void tableDescribe_missingTable_exitsOneAndSaysHowToCreateIt(MotoServer moto) {
    CliRunner result = CliRunner.run("table", "describe", "--endpoint-url", moto.endpoint().toString(),
        "--table", "missing");

    assertThat(result.exitCode).isEqualTo(InventoryCli.FAILURE);
    assertThat(result.err).contains("does not exist", "./inventory table create");
  }

  @Test
  void tableCreate_isSeenByBoto3WithTheDocumentedKeysAndIndexes(MotoServer moto) throws Exception {
    CliRunner result = CliRunner.run("--endpoint-url", moto.endpoint().toString(), "table", "create");
    assertThat(result.exitCode).as(result.toString()).isZero();

    String script = String.join("\n",
        "import boto3, json, sys",
        "ddb = boto3.client('dynamodb', endpoint_url=sys.argv[1], region_name='us-east-1',",
        "                   aws_access_key_id='testing', aws_secret_access_key='testing')",
        "t = ddb.describe_table(TableName='aws-inventory')['Table']",
        "print(json.dumps({'keys': [k['AttributeName'] + ' ' + k['KeyType'] for k in t['KeySchema']],",
        "  'indexes': {g['IndexName']: [k['AttributeName'] + ' ' + k['KeyType'] for k in g['KeySchema']]",
        "              for g in t['GlobalSecondaryIndexes']}}, sort_keys=True))");
    String output = python(script, moto.endpoint().toString());

    assertThat(output).isEqualTo("{\"indexes\": {\"account-index\": [\"account_id HASH\", \"account_sk RANGE\"], "
        + "\"department-index\": [\"department HASH\", \"department_sk RANGE\"], "
        + "\"resource-type-index\": [\"resource_type HASH\", \"type_sk RANGE\"]}, \"keys\": [\"pk HASH\", \"sk RANGE\"]}");
  }

  @Test
  void unreachableEndpoint_exitsOneWithAHint() {
    CliRunner result = CliRunner.run("table", "describe", "--endpoint-url", "http://127.0.0.1:9");

    assertThat(result.exitCode).isEqualTo(InventoryCli.FAILURE);
    assertThat(result.err).contains("cannot reach http://127.0.0.1:9");
  }

  /** Runs a script with the Python that runs moto (it has boto3). */
  private static String python(String script, String... args) throws IOException, InterruptedException {
    Path motoServer = Path.of(MotoServer.command().orElseThrow().get(0));
    Path python = motoServer.resolveSibling("python3");
    List<String> command = new ArrayList<>(List.of(Files.isExecutable(python) ? python.toString() : "python3",
        "-c", script));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("python with boto3 failed: %s", output).isZero();
    return output;
  }
}
