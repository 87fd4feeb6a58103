package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.EcrRepository;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * ECR-002: fails a repository whose {@code image_tag_mutability} is {@code MUTABLE} or
 * {@code MUTABLE_WITH_EXCLUSION} (tags can be moved to another image); {@code IMMUTABLE} and
 * {@code IMMUTABLE_WITH_EXCLUSION} pass. A value that is unknown or missing is unknown.
 */
final class TagMutabilityRule extends BuiltInRule {

  private static final String MUTABLE = "MUTABLE";

  TagMutabilityRule() {
    super("ECR-002", Severity.MEDIUM, "ECR repository with mutable image tags",
        "Make the repository's tags immutable (ecr put-image-tag-mutability --image-tag-mutability IMMUTABLE), so "
            + "that a tag always names the image first pushed under it; push each build under a tag of its own.",
        ResourceType.ECR_REPOSITORY);
  }

  @Override
  public List<Finding> evaluate(Resource repository, Instant asOf) {
    Reading read = new Reading(repository);
    Optional<String> mutability = read.value(EcrRepository.IMAGE_TAG_MUTABILITY);
    if (mutability.isEmpty()) {
      return unknown(repository, read.undetermined());
    }
    if (!mutability.get().equals(MUTABLE) && !mutability.get().startsWith(MUTABLE + "_")) {
      return List.of();
    }
    return List.of(fail(repository).putEvidence(EcrRepository.IMAGE_TAG_MUTABILITY.name(), mutability.get())
        .message(Labels.describe(repository) + " lets image tags be overwritten ("
            + EcrRepository.IMAGE_TAG_MUTABILITY.name() + " " + mutability.get() + ")")
        .build());
  }
}
