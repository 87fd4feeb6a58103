package io.github.awsinventory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.cli.CliRunner;
import org.junit.jupiter.api.Test;

/** The demo as the CLI finds it through the command provider SPI, without starting an emulator. */
class DemoCommandTest {

  @Test
  void help_listsTheDemoAfterTheBuiltInCommandsAndBeforeHelp() {
    CliRunner result = CliRunner.run("--help");

    assertThat(result.exitCode).as(result.toString()).isZero();
    int export = result.out.indexOf("\n  export   ");
    int demo = result.out.indexOf("\n  demo     Without an AWS account: start (or reuse) a local moto server");
    int help = result.out.indexOf("\n  help     ");
    assertThat(export).as(result.out).isPositive();
    assertThat(demo).as(result.out).isGreaterThan(export);
    assertThat(help).as(result.out).isGreaterThan(demo);
  }

  @Test
  void demoHelp_showsItsOwnOptionsAndTheInheritedGlobalOnes() {
    CliRunner result = CliRunner.run("demo", "--help");

    assertThat(result.exitCode).as(result.toString()).isZero();
    assertThat(result.out).startsWith("Usage: inventory demo [-hVv] [--debug] [--stop] [--endpoint-url=URL]")
        .contains("--port=PORT          The loopback port of the moto server (default 5000).", "--stop ",
            "--table=NAME", "--region=REGION", "--profile=PROFILE");
  }

  @Test
  void demo_withAPortOutOfRange_exitsTwoAndNamesTheOption() {
    CliRunner zero = CliRunner.run("demo", "--port", "0");
    CliRunner tooHigh = CliRunner.run("--table", "t", "demo", "--port", "70000");

    assertThat(zero.exitCode).isEqualTo(2);
    assertThat(zero.out).isEmpty();
    assertThat(zero.err).isEqualTo("error: --port must be between 1 and 65535 (was 0)\n");
    assertThat(tooHigh.exitCode).isEqualTo(2);
    assertThat(tooHigh.err).isEqualTo("error: --port must be between 1 and 65535 (was 70000)\n");
  }

  @Test
  void demo_withAnUnknownOption_exitsTwoWithTheCommandsUsageHint() {
    CliRunner result = CliRunner.run("demo", "--bogus");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err).isEqualTo("error: Unknown option: '--bogus'\nRun 'inventory demo --help' for usage.\n");
  }
}
