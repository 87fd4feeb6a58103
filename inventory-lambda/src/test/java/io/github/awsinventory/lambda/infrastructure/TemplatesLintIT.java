package io.github.awsinventory.lambda.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** cfn-lint (the CloudFormation linter) on every template under infrastructure/. */
class TemplatesLintIT {

  /** cfn-lint's exit code is a bit mask: 2 errors, 4 warnings, 8 informational; anything else is a crash. */
  private static final int ERRORS = 2;
  private static final int KNOWN_BITS = 2 | 4 | 8;

  static List<Path> templates() {
    return Infrastructure.templates();
  }

  @Test
  void templates_includeTheCentralStackAndTheMemberRole() {
    assertThat(templates()).extracting(t -> t.getFileName().toString())
        .contains("cloudformation.yaml", "member-account-role.yaml");
  }

  @ParameterizedTest
  @MethodSource("templates")
  void template_passesCfnLintWithoutErrors(Path template) {
    Path cfnLint = Infrastructure.requireTool("cfn-lint", "python3 -m pip install cfn-lint");

    Infrastructure.Result result = Infrastructure.run(List.of(cfnLint.toString(), "--format", "parseable",
        template.toString()), null, 300);

    assertThat(result.exitCode & ~KNOWN_BITS).as("cfn-lint ran (%s)", result).isZero();
    assertThat(result.exitCode & ERRORS).as("cfn-lint found errors in %s (%s)", template.getFileName(), result).isZero();
  }
}
