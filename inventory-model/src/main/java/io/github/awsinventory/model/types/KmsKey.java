package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code kms_key}: A customer managed KMS key (AWS managed keys are not collected). Its attribute keys, through which
 * collectors write and rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is
 * checked against them.
 */
public final class KmsKey {

  /**
   * {@code key_state} (string): {@code Enabled}, {@code Disabled}, {@code PendingDeletion}, {@code PendingImport},
   * {@code Unavailable}, ...
   */
  public static final AttributeKey<String> KEY_STATE = AttributeKey.string("key_state",
      "`Enabled`, `Disabled`, `PendingDeletion`, `PendingImport`, `Unavailable`, ...");

  /** {@code key_manager} (string): {@code CUSTOMER}; AWS managed keys are not collected. */
  public static final AttributeKey<String> KEY_MANAGER = AttributeKey.string("key_manager",
      "`CUSTOMER`; AWS managed keys are not collected");

  /** {@code key_spec} (string): e.g. {@code SYMMETRIC_DEFAULT}, {@code RSA_2048}, {@code HMAC_256}. */
  public static final AttributeKey<String> KEY_SPEC = AttributeKey.string("key_spec",
      "e.g. `SYMMETRIC_DEFAULT`, `RSA_2048`, `HMAC_256`");

  /** {@code key_usage} (string): {@code ENCRYPT_DECRYPT}, {@code SIGN_VERIFY}, {@code GENERATE_VERIFY_MAC}, ... */
  public static final AttributeKey<String> KEY_USAGE = AttributeKey.string("key_usage",
      "`ENCRYPT_DECRYPT`, `SIGN_VERIFY`, `GENERATE_VERIFY_MAC` or `KEY_AGREEMENT`");

  /** {@code origin} (string): where the key material comes from: {@code AWS_KMS}, {@code EXTERNAL}, ... */
  public static final AttributeKey<String> ORIGIN = AttributeKey.string("origin",
      "where the key material comes from: `AWS_KMS`, `EXTERNAL` (imported), `AWS_CLOUDHSM` or "
      + "`EXTERNAL_KEY_STORE`");

  /**
   * {@code rotation_enabled} (boolean): whether automatic rotation is on; only for symmetric encryption keys with
   * {@code AWS_KMS} key material, absent for the others (they cannot rotate automatically).
   */
  public static final AttributeKey<Boolean> ROTATION_ENABLED = AttributeKey.bool("rotation_enabled",
      "whether automatic rotation is on; only for symmetric encryption keys (`SYMMETRIC_DEFAULT`) with `AWS_KMS` "
      + "key material, absent for the others (they cannot rotate automatically)");

  /** {@code deletion_date} (time): when a key pending deletion will be deleted; absent otherwise. */
  public static final AttributeKey<Instant> DELETION_DATE = AttributeKey.time("deletion_date",
      "when a key pending deletion will be deleted; absent otherwise");

  /** {@code creation_date} (time): when the key was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the key was created");

  /** {@code description} (string): the key's description; absent when empty. */
  public static final AttributeKey<String> DESCRIPTION = AttributeKey.string("description",
      "the key's description; absent when empty");

  /** {@code aliases} (list of strings): the key's aliases, sorted, such as {@code alias/orders}. */
  public static final AttributeKey<List<String>> ALIASES = AttributeKey.stringList("aliases",
      "the key's aliases, sorted, such as `alias/orders`");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.KMS_KEY)
      .description("A customer managed KMS key")
      .service("kms")
      .arnFormat("arn:<partition>:kms:<region>:<account>:key/<key id>")
      .attributes(KEY_STATE, KEY_MANAGER, KEY_SPEC, KEY_USAGE, ORIGIN, ROTATION_ENABLED, DELETION_DATE,
          CREATION_DATE, DESCRIPTION, ALIASES)
      .iamActions("kms:ListKeys", "kms:ListAliases", "kms:DescribeKey", "kms:GetKeyRotationStatus",
          "kms:ListResourceTags")
      .costModel("one key-month while the key is not pending deletion, enabled or disabled (requests and the extra "
          + "key-months of rotated key material are not priced)", KEY_STATE)
      .build();

  private KmsKey() {}
}
