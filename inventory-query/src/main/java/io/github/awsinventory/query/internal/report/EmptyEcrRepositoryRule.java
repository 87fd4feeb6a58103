package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.EcrRepository;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code empty_ecr_repository}: an ECR repository whose {@code image_count} is 0. It costs nothing to keep (the
 * saving is its cost, 0 when its image size is known) but is clutter, or a sign of a pipeline that stopped pushing.
 * Not judged when the image count is unknown. How long it has been empty is not known.
 */
final class EmptyEcrRepositoryRule implements WasteRule {

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.EMPTY_ECR_REPOSITORY;
  }

  @Override
  public ResourceType type() {
    return ResourceType.ECR_REPOSITORY;
  }

  @Override
  public Optional<Waste> evaluate(Resource repository, CostThresholds thresholds, Instant now) {
    return EcrRepository.IMAGE_COUNT.read(repository).filter(count -> count.signum() == 0)
        .map(count -> new Waste("no images" + EcrRepository.CREATION_DATE.read(repository)
            .map(created -> "; created " + ReportValues.day(created)).orElse(""), null));
  }
}
