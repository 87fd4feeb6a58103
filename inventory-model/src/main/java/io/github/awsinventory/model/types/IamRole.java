package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code iam_role}: An IAM role (region global). Its attribute keys, through which collectors write and rules read,
 * and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class IamRole {

  /** {@code role_id} (string): the stable {@code AROA...} id. */
  public static final AttributeKey<String> ROLE_ID = AttributeKey.string("role_id", "the stable `AROA...` id");

  /** {@code path} (string): e.g. {@code /} or {@code /aws-service-role/ecs.amazonaws.com/}. */
  public static final AttributeKey<String> PATH = AttributeKey.string("path",
      "e.g. `/` or `/aws-service-role/ecs.amazonaws.com/`");

  /** {@code service_linked} (boolean): a service-linked role (its path starts with {@code /aws-service-role/}). */
  public static final AttributeKey<Boolean> SERVICE_LINKED = AttributeKey.bool("service_linked",
      "a service-linked role, which its service creates and deletes (its path starts with `/aws-service-role/`)");

  /** {@code creation_date} (time): when the role was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the role was created");

  /** {@code trusted_services} (list of strings): the service principals the trust policy allows. */
  public static final AttributeKey<List<String>> TRUSTED_SERVICES = AttributeKey.stringList("trusted_services",
      "the service principals the trust policy allows to assume the role, sorted, such as `ec2.amazonaws.com`");

  /** {@code trusted_aws_principals} (list of strings): the AWS principals the trust policy allows. */
  public static final AttributeKey<List<String>> TRUSTED_AWS_PRINCIPALS =
      AttributeKey.stringList("trusted_aws_principals",
          "the AWS principals (accounts, users, roles, `*`) the trust policy allows to assume the role, sorted");

  /** {@code external_trusts} (list of maps): the trusts of principals outside the account, see below. */
  public static final AttributeKey<List<Map<String, Object>>> EXTERNAL_TRUSTS = AttributeKey.mapList(
      "external_trusts",
      "one per AWS principal of another account, or `*`, that an `Allow` statement of the trust policy names, see "
          + "below",
      ExternalTrust.PRINCIPAL,
      ExternalTrust.TRUSTED_ACCOUNT,
      ExternalTrust.EXTERNAL_ID_REQUIRED);

  /** {@code role_last_used} (time): when the role was last assumed; absent when never (in IAM's tracking window). */
  public static final AttributeKey<Instant> ROLE_LAST_USED = AttributeKey.time("role_last_used",
      "when the role was last assumed (`RoleLastUsed` of `GetAccountAuthorizationDetails`); absent when IAM has no "
          + "record of a use (it tracks the last 400 days)");

  /** {@code role_last_used_region} (string): the region of that last use. */
  public static final AttributeKey<String> ROLE_LAST_USED_REGION = AttributeKey.string("role_last_used_region",
      "the region the role was last used in; absent with `role_last_used`");

  /** The entries of each {@link #EXTERNAL_TRUSTS} item. */
  public static final class ExternalTrust {
    /** {@code principal} (string): the principal as the policy names it. */
    public static final AttributeKey<String> PRINCIPAL = AttributeKey.string("principal",
        "the principal as the policy names it: an ARN, an account id or `*`");

    /** {@code trusted_account} (string): the principal's account, {@code *} for any. */
    public static final AttributeKey<String> TRUSTED_ACCOUNT = AttributeKey.string("trusted_account",
        "the principal's 12-digit account, or `*` for any principal");

    /** {@code external_id_required} (boolean): the statement has an {@code sts:ExternalId} condition. */
    public static final AttributeKey<Boolean> EXTERNAL_ID_REQUIRED = AttributeKey.bool("external_id_required",
        "whether the statement requires an `sts:ExternalId` (a condition on that key)");

    private ExternalTrust() {}
  }

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.IAM_ROLE)
      .description("An IAM role (region global)")
      .service("iam")
      .global(true)
      .arnFormat("arn:<partition>:iam::<account>:role/<path><name>")
      .attributes(ROLE_ID, PATH, SERVICE_LINKED, CREATION_DATE, TRUSTED_SERVICES, TRUSTED_AWS_PRINCIPALS,
          EXTERNAL_TRUSTS, ROLE_LAST_USED, ROLE_LAST_USED_REGION)
      .iamActions("iam:GetAccountAuthorizationDetails")
      .costModel("free: no charge for IAM roles")
      .build();

  private IamRole() {}
}
