package io.github.awsinventory.model;

/**
 * Where a resource stands in the inventory: its id, type, owning account and region, and its name. The
 * observed {@link Resource}, its {@link DeletedResource deletion record}, the collector's stored view of it
 * and a security finding about it all carry this identity.
 */
public interface ResourceIdentity {

  /**
   * The resource's ARN (built by the collector where the API gives none), unique across the inventory.
   *
   * @return the id
   */
  String resourceId();

  /**
   * The type.
   *
   * @return the type
   */
  ResourceType resourceType();

  /**
   * The 12-digit AWS account id that owns the resource.
   *
   * @return the account id
   */
  String accountId();

  /**
   * The account's name in the configuration or in AWS Organizations (the account id when it has none).
   *
   * @return the account name
   */
  String accountName();

  /**
   * The AWS region, {@code global} for IAM; for S3 buckets the bucket's own region.
   *
   * @return the region
   */
  String region();

  /**
   * A human-readable name: the {@code Name} tag, the resource's own name, or its short id.
   *
   * @return the name
   */
  String name();
}
