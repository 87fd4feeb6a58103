package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EC2-001 (IMDSv1) and LAMBDA-001 (deprecated runtimes). */
class ImdsAndRuntimeRulesTest {

  @Nested
  class ImdsV1 {

    private Resource instance(String tokens, String endpoint) {
      Resource.Builder instance = resource(ResourceType.EC2_INSTANCE, "i-0abc").name("web-2");
      if (tokens != null) {
        instance.putAttributes("imds_http_tokens", tokens);
      }
      if (endpoint != null) {
        instance.putAttributes("imds_http_endpoint", endpoint);
      }
      return instance.build();
    }

    @Test
    void optionalTokensWithTheEndpointEnabled_fails() {
      List<Finding> findings = evaluate("EC2-001", instance("optional", "enabled"));

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.evidence()).containsExactly(Map.entry("imds_http_tokens", "optional"),
            Map.entry("imds_http_endpoint", "enabled"));
        assertThat(f.message()).isEqualTo("EC2 instance web-2 (i-0abc) accepts IMDSv1 (imds_http_tokens optional, "
            + "imds_http_endpoint enabled)");
      });
    }

    @ParameterizedTest(name = "tokens {0}, endpoint {1}")
    @CsvSource({"required,enabled", "optional,disabled", "required,disabled", "required,", ",disabled"})
    void requiredTokensOrADisabledEndpoint_passes(String tokens, String endpoint) {
      assertThat(evaluate("EC2-001", instance(tokens, endpoint))).isEmpty();
    }

    @Test
    void undeterminedOptions_areUnknown() {
      Resource unknown = resource(ResourceType.EC2_INSTANCE, "i-1").addUnknownAttributes("imds_http_tokens")
          .putAttributes("imds_http_endpoint", "enabled").build();

      assertThat(evaluate("EC2-001", unknown)).singleElement().extracting(Finding::status, Finding::message)
          .containsExactly(FindingStatus.UNKNOWN, "EC2 instance i-1: could not be determined: imds_http_tokens");
      assertThat(evaluate("EC2-001", instance(null, null))).singleElement().extracting(Finding::evidence)
          .isEqualTo(Map.of(Finding.UNKNOWN_ATTRIBUTES, List.of("imds_http_tokens", "imds_http_endpoint")));
    }
  }

  @Nested
  class DeprecatedRuntime {

    private Resource function(String runtime) {
      return resource(ResourceType.LAMBDA_FUNCTION, "mailer").putAttributes("runtime", runtime)
          .putAttributes("package_type", "Zip").build();
    }

    @Test
    void aDeprecatedRuntime_failsWithTheRuntimeAndItsDate() {
      List<Finding> findings = evaluate("LAMBDA-001", function("python3.8"));

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.evidence()).containsExactly(Map.entry("runtime", "python3.8"),
            Map.entry("deprecation_date", "2024-10-14"));
        assertThat(f.message()).isEqualTo("Lambda function mailer runs on python3.8, deprecated since 2024-10-14");
      });
    }

    @ParameterizedTest
    @CsvSource({"python2.7", "python3.6", "python3.7", "python3.9", "nodejs10.x", "nodejs12.x", "nodejs14.x",
        "nodejs16.x", "nodejs18.x", "java8", "go1.x", "provided", "ruby2.5", "ruby2.7", "ruby3.2", "dotnetcore2.1",
        "dotnetcore3.1", "dotnet6"})
    void runtimesDeprecatedBeforeTheReport_fail(String runtime) {
      assertThat(evaluate("LAMBDA-001", function(runtime))).extracting(Finding::status)
          .containsExactly(FindingStatus.FAIL);
    }

    @ParameterizedTest
    @CsvSource({"python3.12", "python3.13", "nodejs22.x", "java21", "provided.al2023", "rust1.x"})
    void supportedOrUnlistedRuntimes_pass(String runtime) {
      assertThat(evaluate("LAMBDA-001", function(runtime))).isEmpty();
    }

    @Test
    void aRuntimeIsDeprecatedFromItsDate_onward() {
      SecurityRule rule = Resources.rule("LAMBDA-001");
      Resource function = function("python3.9");

      assertThat(rule.evaluate(function, Instant.parse("2025-12-14T23:59:59Z"))).isEmpty();
      assertThat(rule.evaluate(function, Instant.parse("2025-12-15T00:00:00Z"))).hasSize(1);
      assertThat(rule.evaluate(function, Instant.parse("2025-12-15T23:59:59Z"))).hasSize(1);
    }

    @Test
    void aContainerImageWithoutRuntime_passes_butAMissingRuntimeOtherwiseIsUnknown() {
      Resource image = resource(ResourceType.LAMBDA_FUNCTION, "img").putAttributes("package_type", "Image").build();
      Resource zip = resource(ResourceType.LAMBDA_FUNCTION, "zip").putAttributes("package_type", "Zip").build();
      Resource unknown = resource(ResourceType.LAMBDA_FUNCTION, "u").addUnknownAttributes("runtime").build();

      assertThat(evaluate("LAMBDA-001", image)).isEmpty();
      assertThat(evaluate("LAMBDA-001", zip)).singleElement().extracting(Finding::status)
          .isEqualTo(FindingStatus.UNKNOWN);
      assertThat(evaluate("LAMBDA-001", unknown)).singleElement().extracting(Finding::message)
          .isEqualTo("Lambda function u: could not be determined: runtime");
    }
  }
}
