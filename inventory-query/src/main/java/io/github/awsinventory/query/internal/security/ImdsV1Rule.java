package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.types.Ec2Instance;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * EC2-001: fails an instance whose metadata service accepts IMDSv1: {@code imds_http_tokens} is not
 * {@code required} while {@code imds_http_endpoint} is not {@code disabled}. An instance that requires
 * tokens, or has the endpoint disabled, passes even when the other attribute is unknown.
 */
final class ImdsV1Rule extends BuiltInRule {

  private static final AttributeKey<String> TOKENS = Ec2Instance.IMDS_HTTP_TOKENS;
  private static final AttributeKey<String> ENDPOINT = Ec2Instance.IMDS_HTTP_ENDPOINT;

  ImdsV1Rule() {
    super("EC2-001", Severity.MEDIUM, "EC2 instance allows IMDSv1",
        "Require IMDSv2 (ec2 modify-instance-metadata-options --http-tokens required) once the software on "
            + "the instance uses IMDSv2, and make IMDSv2 the default of the AMI or the account.",
        ResourceType.EC2_INSTANCE);
  }

  @Override
  public List<Finding> evaluate(Resource instance, Instant asOf) {
    Reading read = new Reading(instance);
    Optional<String> tokens = read.value(TOKENS);
    Optional<String> endpoint = read.value(ENDPOINT);
    if (tokens.equals(Optional.of("required")) || endpoint.equals(Optional.of("disabled"))) {
      return List.of();
    }
    if (!read.complete()) {
      return unknown(instance, read.undetermined());
    }
    return List.of(fail(instance).putEvidence(TOKENS.name(), tokens.get())
        .putEvidence(ENDPOINT.name(), endpoint.get())
        .message(Labels.describe(instance) + " accepts IMDSv1 (" + TOKENS.name() + " " + tokens.get() + ", "
            + ENDPOINT.name() + " " + endpoint.get() + ")")
        .build());
  }
}
