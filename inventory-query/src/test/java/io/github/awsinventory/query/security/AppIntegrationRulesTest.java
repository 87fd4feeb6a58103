package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of the application integration and streaming types that fail one value of one attribute. */
class AppIntegrationRulesTest {

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("SQS-001", ResourceType.SQS_QUEUE, "SQS queue", "encryption", "none", "sse-sqs",
            "is not encrypted at rest", List.of("FSBP SQS.1")),
        Arguments.of("SQS-002", ResourceType.SQS_QUEUE, "SQS queue", "open_to_everyone", true, false,
            "has a policy open to everyone", List.of("FSBP SQS.3")),
        Arguments.of("SNS-001", ResourceType.SNS_TOPIC, "SNS topic", "encrypted", false, true,
            "is not encrypted at rest", List.of("FSBP SNS.1")),
        Arguments.of("SNS-002", ResourceType.SNS_TOPIC, "SNS topic", "open_to_everyone", true, false,
            "has a policy open to everyone", List.of()),
        Arguments.of("KINESIS-001", ResourceType.KINESIS_STREAM, "Kinesis stream", "encryption_type", "NONE", "KMS",
            "is not encrypted at rest", List.of("FSBP Kinesis.1")),
        Arguments.of("SFN-001", ResourceType.SFN_STATE_MACHINE, "Step Functions state machine", "logging_level",
            "OFF", "ERROR", "does not log its executions", List.of("FSBP StepFunctions.1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void evaluate_whenTheAttributeHasTheFailingValue_failsWithTheValueAsEvidence(String ruleId, ResourceType type,
      String noun, String attribute, Object failing, Object passing, String problem, List<String> controls) {
    Resource resource = resource(type, "r-1").name("data").putAttributes(attribute, failing).build();

    List<Finding> findings = evaluate(ruleId, resource);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactly(Map.entry(attribute, failing));
      assertThat(f.message()).isEqualTo(noun + " data (r-1) " + problem + " (" + attribute + " " + failing + ")");
      assertThat(f.controls()).extracting(Control::toString).containsExactlyElementsOf(controls);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void evaluate_whenTheAttributeHasAnotherValue_passes(String ruleId, ResourceType type, String noun,
      String attribute, Object failing, Object passing, String problem, List<String> controls) {
    Resource resource = resource(type, "r-1").putAttributes(attribute, passing).build();

    assertThat(evaluate(ruleId, resource)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void evaluate_whenTheAttributeIsUnknownOrMissing_reportsUnknown(String ruleId, ResourceType type, String noun,
      String attribute, Object failing, Object passing, String problem, List<String> controls) {
    Resource unknown = resource(type, "r-1").addUnknownAttributes(attribute).build();
    Resource missing = resource(type, "r-2").build();

    assertThat(evaluate(ruleId, unknown)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of(attribute)));
    });
    assertThat(evaluate(ruleId, missing)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }
}
