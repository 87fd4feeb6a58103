package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code iam_policy}: A customer managed IAM policy (region global). Its attribute keys, through which collectors
 * write and rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against
 * them.
 */
public final class IamPolicy {

  /** {@code policy_id} (string): the stable {@code ANPA...} id. */
  public static final AttributeKey<String> POLICY_ID = AttributeKey.string("policy_id", "the stable `ANPA...` id");

  /** {@code path} (string): e.g. {@code /} or {@code /ops/}. */
  public static final AttributeKey<String> PATH = AttributeKey.string("path", "e.g. `/` or `/ops/`");

  /** {@code default_version_id} (string): the version in force, e.g. {@code v3}. */
  public static final AttributeKey<String> DEFAULT_VERSION_ID = AttributeKey.string("default_version_id",
      "the version in force, e.g. `v3`");

  /** {@code attachment_count} (number): the users, groups and roles the policy is attached to. */
  public static final NumberKey ATTACHMENT_COUNT = AttributeKey.number("attachment_count",
      "the users, groups and roles the policy is attached to");

  /** {@code permissions_boundary_usage_count} (number): the users and roles it is the permissions boundary of. */
  public static final NumberKey PERMISSIONS_BOUNDARY_USAGE_COUNT =
      AttributeKey.number("permissions_boundary_usage_count",
          "the users and roles whose permissions boundary it is");

  /**
   * {@code allows_full_admin} (boolean): the default version has an {@code Allow} statement of action {@code *}
   * on resource {@code *}.
   */
  public static final AttributeKey<Boolean> ALLOWS_FULL_ADMIN = AttributeKey.bool("allows_full_admin",
      "whether the default version has an `Allow` statement of action `*` (or `*:*`) on resource `*`");

  /** {@code creation_date} (time): when the policy was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the policy was created");

  /** {@code update_date} (time): when its default version was last set. */
  public static final AttributeKey<Instant> UPDATE_DATE = AttributeKey.time("update_date",
      "when the policy was last updated (a version created or made the default)");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.IAM_POLICY)
      .description("A customer managed IAM policy (region global)")
      .service("iam")
      .global(true)
      .arnFormat("arn:<partition>:iam::<account>:policy/<path><name>")
      .attributes(POLICY_ID, PATH, DEFAULT_VERSION_ID, ATTACHMENT_COUNT, PERMISSIONS_BOUNDARY_USAGE_COUNT,
          ALLOWS_FULL_ADMIN, CREATION_DATE, UPDATE_DATE)
      .iamActions("iam:ListPolicies", "iam:GetAccountAuthorizationDetails", "iam:GetPolicyVersion",
          "iam:ListPolicyTags")
      .costModel("free: no charge for IAM policies")
      .build();

  private IamPolicy() {}
}
