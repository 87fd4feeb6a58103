package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.EcrRepository;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.LifecyclePolicyNotFoundException;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;
import software.amazon.awssdk.services.ecr.model.Tag;

/**
 * {@code ecr_repository}: DescribeRepositories (1000 per page), then three detail steps per repository:
 * DescribeImages (1000 per page, images counted and their sizes summed across pages), ListTagsForResource and
 * GetLifecyclePolicy (a {@code LifecyclePolicyNotFoundException} means no policy). A repository deleted between the
 * listing and a detail call is dropped; one whose images, tags or lifecycle policy cannot be read is kept with
 * {@code image_count} and {@code image_size_bytes}, {@code tags} or {@code lifecycle_policy} unknown. When an image
 * has no size, {@code image_size_bytes} alone is unknown.
 */
public final class EcrRepositoryCollector implements ItemCollector<Repository> {

  private static final List<DetailStep<Repository>> DETAILS = List.of(
      DetailStep.of("DescribeImages", EcrRepositoryCollector::images, EcrRepository.IMAGE_COUNT,
          EcrRepository.IMAGE_SIZE_BYTES),
      DetailStep.tags("ListTagsForResource", EcrRepositoryCollector::tags),
      DetailStep.of("GetLifecyclePolicy", EcrRepositoryCollector::lifecyclePolicy, EcrRepository.LIFECYCLE_POLICY));

  @Override
  public TypeDescriptor descriptor() {
    return EcrRepository.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Repository>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Repository> items) {
    EcrClient ecr = context.client(EcrClient.class);
    for (Repository repository : ecr.describeRepositoriesPaginator(r -> r.maxResults(1000)).repositories()) {
      resource(items.add(repository, repository.repositoryArn(), repository.repositoryName()), repository);
    }
  }

  private static void resource(Resource.Builder r, Repository repository) {
    if (repository.createdAt() != null) {
      r.createdAt(repository.createdAt());
    }
    EcrRepository.REPOSITORY_URI.put(r, repository.repositoryUri());
    if (repository.imageScanningConfiguration() != null) {
      EcrRepository.SCAN_ON_PUSH.put(r, Boolean.TRUE.equals(repository.imageScanningConfiguration().scanOnPush()));
    }
    EcrRepository.IMAGE_TAG_MUTABILITY.put(r, repository.imageTagMutabilityAsString());
    if (repository.encryptionConfiguration() != null) {
      EcrRepository.ENCRYPTION_TYPE.put(r, repository.encryptionConfiguration().encryptionTypeAsString());
      EcrRepository.KMS_KEY_ID.put(r, repository.encryptionConfiguration().kmsKey());
    }
    EcrRepository.CREATION_DATE.put(r, repository.createdAt());
  }

  private static Detail images(CollectionContext context, Repository repository) {
    long count = 0;
    long bytes = 0;
    boolean everySize = true;
    try {
      for (DescribeImagesResponse page : context.client(EcrClient.class).describeImagesPaginator(d -> d
          .registryId(repository.registryId()).repositoryName(repository.repositoryName()).maxResults(1000))) {
        for (ImageDetail image : page.imageDetails()) {
          count++;
          if (image.imageSizeInBytes() == null) {
            everySize = false;
          } else {
            bytes += image.imageSizeInBytes();
          }
        }
      }
    } catch (RepositoryNotFoundException e) {
      return Detail.VANISHED;
    }
    long images = count;
    Long size = everySize ? bytes : null;
    return r -> {
      EcrRepository.IMAGE_COUNT.put(r, images);
      if (size != null) {
        EcrRepository.IMAGE_SIZE_BYTES.put(r, size);
      } else {
        r.addUnknownAttributes(EcrRepository.IMAGE_SIZE_BYTES.name());
      }
    };
  }

  private static Detail lifecyclePolicy(CollectionContext context, Repository repository) {
    boolean hasPolicy;
    try {
      context.client(EcrClient.class).getLifecyclePolicy(g -> g.registryId(repository.registryId())
          .repositoryName(repository.repositoryName()));
      hasPolicy = true;
    } catch (LifecyclePolicyNotFoundException e) {
      hasPolicy = false;
    } catch (RepositoryNotFoundException e) {
      return Detail.VANISHED;
    }
    boolean policy = hasPolicy;
    return r -> EcrRepository.LIFECYCLE_POLICY.put(r, policy);
  }

  private static Detail tags(CollectionContext context, Repository repository) {
    Map<String, String> tags;
    try {
      tags = Attributes.tags(context.client(EcrClient.class)
          .listTagsForResource(t -> t.resourceArn(repository.repositoryArn())).tags(), Tag::key, Tag::value);
    } catch (RepositoryNotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> r.tags(tags).name(Attributes.name(tags, repository.repositoryName()));
  }
}
