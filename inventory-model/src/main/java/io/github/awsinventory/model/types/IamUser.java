package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code iam_user}: An IAM user (region global). Its attribute keys, through which collectors write and rules read,
 * and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class IamUser {

  /** {@code user_id} (string): the stable {@code AIDA...} id. */
  public static final AttributeKey<String> USER_ID = AttributeKey.string("user_id", "the stable `AIDA...` id");

  /** {@code path} (string): e.g. {@code /} or {@code /ops/}. */
  public static final AttributeKey<String> PATH = AttributeKey.string("path", "e.g. `/` or `/ops/`");

  /** {@code console_access} (boolean): the user has a console password ({@code password_enabled}). */
  public static final AttributeKey<Boolean> CONSOLE_ACCESS = AttributeKey.bool("console_access",
      "the user has a console password (`password_enabled`)");

  /**
   * {@code password_last_used} (time): last console sign-in; absent when never used or unknown to IAM ({@code N/A},
   * {@code no_information}).
   */
  public static final AttributeKey<Instant> PASSWORD_LAST_USED = AttributeKey.time("password_last_used",
      "last console sign-in; absent when never used or unknown to IAM (`N/A`, `no_information`)");

  /** {@code mfa_active} (boolean): an MFA device is enabled. */
  public static final AttributeKey<Boolean> MFA_ACTIVE = AttributeKey.bool("mfa_active", "an MFA device is enabled");

  /** {@code access_keys} (list of maps): one per existing access key, see below. */
  public static final AttributeKey<List<Map<String, Object>>> ACCESS_KEYS = AttributeKey.mapList("access_keys",
      "one per existing access key, see below",
      AccessKey.KEY_NUMBER,
      AccessKey.ACTIVE,
      AccessKey.LAST_ROTATED,
      AccessKey.LAST_USED);

  /** {@code active_access_keys} (number): number of active access keys. */
  public static final NumberKey ACTIVE_ACCESS_KEYS = AttributeKey.number("active_access_keys",
      "number of active access keys");

  /** The entries of each {@link #ACCESS_KEYS} item. */
  public static final class AccessKey {
    /** {@code key_number} (number): {@code 1} or {@code 2}, as in the credential report. */
    public static final NumberKey KEY_NUMBER = AttributeKey.number("key_number",
        "`1` or `2`, as in the credential report");

    /** {@code active} (boolean): whether the key is active. */
    public static final AttributeKey<Boolean> ACTIVE = AttributeKey.bool("active", "whether the key is active");

    /** {@code last_rotated} (time): when the key was created or last rotated. */
    public static final AttributeKey<Instant> LAST_ROTATED = AttributeKey.time("last_rotated",
        "when the key was created or last rotated");

    /** {@code last_used} (time): when the key was last used; absent when never used. */
    public static final AttributeKey<Instant> LAST_USED = AttributeKey.time("last_used",
        "when the key was last used; absent when never used");

    private AccessKey() {}
  }

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.IAM_USER)
      .description("An IAM user (region global)")
      .service("iam")
      .global(true)
      .arnFormat("arn:<partition>:iam::<account>:user/<path><name>")
      .attributes(USER_ID, PATH, CONSOLE_ACCESS, PASSWORD_LAST_USED, MFA_ACTIVE, ACCESS_KEYS, ACTIVE_ACCESS_KEYS)
      .iamActions("iam:GetAccountAuthorizationDetails", "iam:GenerateCredentialReport", "iam:GetCredentialReport")
      .costModel("free: no charge for IAM users")
      .build();

  private IamUser() {}
}
