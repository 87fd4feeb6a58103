package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.LambdaFunction;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * LAMBDA-001: fails a function whose {@code runtime} was deprecated on or before the report's day (UTC),
 * by the dates of {@link LambdaRuntimes}, which must be kept current. A function without a runtime whose
 * {@code package_type} is {@code Image} (a container image) passes: it has no managed runtime.
 */
final class DeprecatedRuntimeRule extends BuiltInRule {

  DeprecatedRuntimeRule() {
    super("LAMBDA-001", Severity.MEDIUM, "Lambda function on a deprecated runtime",
        "Move the function to a supported runtime of its language (see the Lambda runtimes page of the AWS "
            + "documentation); deprecated runtimes get no security patches.",
        ResourceType.LAMBDA_FUNCTION);
  }

  @Override
  public List<Finding> evaluate(Resource function, Instant asOf) {
    Optional<String> runtime = LambdaFunction.RUNTIME.read(function);
    if (runtime.isEmpty()) {
      boolean image = !LambdaFunction.RUNTIME.isUnknown(function) && LambdaFunction.PACKAGE_TYPE.read(function)
          .filter("Image"::equals).isPresent();
      return image ? List.of() : unknown(function, List.of(LambdaFunction.RUNTIME.name()));
    }
    Optional<LocalDate> deprecated = LambdaRuntimes.deprecationDate(runtime.get());
    LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    if (deprecated.isEmpty() || deprecated.get().isAfter(day)) {
      return List.of();
    }
    return List.of(fail(function).putEvidence(LambdaFunction.RUNTIME.name(), runtime.get())
        .putEvidence("deprecation_date", deprecated.get())
        .message(Labels.describe(function) + " runs on " + runtime.get() + ", deprecated since "
            + deprecated.get())
        .build());
  }
}
