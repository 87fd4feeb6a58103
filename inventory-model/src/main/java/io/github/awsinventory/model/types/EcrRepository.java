package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code ecr_repository}: An ECR private repository. Its attribute keys, through which collectors write and rules
 * read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class EcrRepository {

  /** {@code repository_uri} (string): the URI to push to and pull from. */
  public static final AttributeKey<String> REPOSITORY_URI = AttributeKey.string("repository_uri",
      "the URI to push to and pull from");

  /** {@code scan_on_push} (boolean): whether images are scanned when they are pushed. */
  public static final AttributeKey<Boolean> SCAN_ON_PUSH = AttributeKey.bool("scan_on_push",
      "whether images are scanned when they are pushed (the repository's own setting)");

  /** {@code image_tag_mutability} (string): {@code MUTABLE} or {@code IMMUTABLE}. */
  public static final AttributeKey<String> IMAGE_TAG_MUTABILITY = AttributeKey.string("image_tag_mutability",
      "`MUTABLE` or `IMMUTABLE` (or their variants with exclusions)");

  /** {@code encryption_type} (string): {@code AES256}, {@code KMS} or {@code KMS_DSSE}. */
  public static final AttributeKey<String> ENCRYPTION_TYPE = AttributeKey.string("encryption_type",
      "`AES256`, `KMS` or `KMS_DSSE`");

  /** {@code kms_key_id} (string): the KMS key of {@code KMS} encryption; absent for {@code AES256}. */
  public static final AttributeKey<String> KMS_KEY_ID = AttributeKey.string("kms_key_id",
      "the KMS key of `KMS` / `KMS_DSSE` encryption; absent for `AES256`");

  /** {@code image_count} (number): number of images in the repository. */
  public static final NumberKey IMAGE_COUNT = AttributeKey.number("image_count",
      "number of images (manifests) in the repository");

  /**
   * {@code image_size_bytes} (number): the sum of the sizes DescribeImages reports for the repository's images (their
   * compressed layers; a layer that several images share is counted once for each).
   */
  public static final NumberKey IMAGE_SIZE_BYTES = AttributeKey.number("image_size_bytes",
      "the sum of the sizes DescribeImages reports for the repository's images (their compressed layers; a layer "
      + "that several images share is counted once for each); unknown when an image has no size");

  /** {@code lifecycle_policy} (boolean): whether the repository has a lifecycle policy. */
  public static final AttributeKey<Boolean> LIFECYCLE_POLICY = AttributeKey.bool("lifecycle_policy",
      "whether the repository has a lifecycle policy (which expires images by age or count)");

  /** {@code creation_date} (time): when the repository was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the repository was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.ECR_REPOSITORY)
      .description("An ECR private repository")
      .service("ecr")
      .arnFormat("arn:<partition>:ecr:<region>:<account>:repository/<name>")
      .attributes(REPOSITORY_URI, SCAN_ON_PUSH, IMAGE_TAG_MUTABILITY, ENCRYPTION_TYPE, KMS_KEY_ID, IMAGE_COUNT,
          CREATION_DATE, IMAGE_SIZE_BYTES, LIFECYCLE_POLICY)
      .iamActions("ecr:DescribeRepositories", "ecr:DescribeImages", "ecr:ListTagsForResource",
          "ecr:GetLifecyclePolicy")
      .costModel("image storage GB-months of the sum of the image sizes (an upper bound: shared layers are counted "
          + "for each image; data transfer is not priced)", IMAGE_SIZE_BYTES)
      .build();

  private EcrRepository() {}
}
