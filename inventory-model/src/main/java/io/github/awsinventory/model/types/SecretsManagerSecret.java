package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code secretsmanager_secret}: A Secrets Manager secret (its metadata; never its value). Its attribute keys, through
 * which collectors write and rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md}
 * is checked against them.
 */
public final class SecretsManagerSecret {

  /** {@code description} (string): the secret's description; absent when empty. */
  public static final AttributeKey<String> DESCRIPTION = AttributeKey.string("description",
      "the secret's description; absent when empty");

  /**
   * {@code kms_key_id} (string): the KMS key that encrypts the secret; absent when it is the AWS managed key
   * {@code aws/secretsmanager}.
   */
  public static final AttributeKey<String> KMS_KEY_ID = AttributeKey.string("kms_key_id",
      "the KMS key that encrypts the secret; absent when it is the AWS managed key `aws/secretsmanager`");

  /** {@code rotation_enabled} (boolean): whether automatic rotation is on. */
  public static final AttributeKey<Boolean> ROTATION_ENABLED = AttributeKey.bool("rotation_enabled",
      "whether automatic rotation is on");

  /** {@code last_rotated_date} (time): when the secret was last rotated; absent when never. */
  public static final AttributeKey<Instant> LAST_ROTATED_DATE = AttributeKey.time("last_rotated_date",
      "when the secret was last rotated; absent when never");

  /**
   * {@code last_accessed_date} (time): the day the secret was last retrieved (AWS keeps the date only); absent when
   * never.
   */
  public static final AttributeKey<Instant> LAST_ACCESSED_DATE = AttributeKey.time("last_accessed_date",
      "the day the secret was last retrieved (AWS keeps the date only); absent when never");

  /** {@code last_changed_date} (time): when the secret's value or metadata last changed. */
  public static final AttributeKey<Instant> LAST_CHANGED_DATE = AttributeKey.time("last_changed_date",
      "when the secret's value or metadata last changed");

  /** {@code created_date} (time): when the secret was created. */
  public static final AttributeKey<Instant> CREATED_DATE = AttributeKey.time("created_date",
      "when the secret was created");

  /**
   * {@code deleted_date} (time): when a secret scheduled for deletion was deleted (it can be restored until its
   * recovery window ends); absent otherwise.
   */
  public static final AttributeKey<Instant> DELETED_DATE = AttributeKey.time("deleted_date",
      "when a secret scheduled for deletion was deleted (it can be restored until its recovery window ends); "
      + "absent otherwise");

  /** {@code owning_service} (string): the service that manages the secret, such as {@code rds}; absent otherwise. */
  public static final AttributeKey<String> OWNING_SERVICE = AttributeKey.string("owning_service",
      "the service that manages the secret, such as `rds`; absent for secrets the account manages itself");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.SECRETSMANAGER_SECRET)
      .description("A Secrets Manager secret")
      .service("secretsmanager")
      .arnFormat("arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 random characters>")
      .attributes(DESCRIPTION, KMS_KEY_ID, ROTATION_ENABLED, LAST_ROTATED_DATE, LAST_ACCESSED_DATE, LAST_CHANGED_DATE,
          CREATED_DATE, DELETED_DATE, OWNING_SERVICE)
      .iamActions("secretsmanager:ListSecrets")
      .costModel("one secret-month unless the secret is marked for deletion (API calls are not priced)",
          DELETED_DATE)
      .build();

  private SecretsManagerSecret() {}
}
