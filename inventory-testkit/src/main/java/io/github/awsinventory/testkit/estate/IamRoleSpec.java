package io.github.awsinventory.testkit.estate;

/**
 * An IAM role that another account (required) may assume, with or without an external id. The name is the role name.
 */
public final class IamRoleSpec extends ResourceSpec<IamRoleSpec> {

  String trustedAccount;
  boolean externalId;

  IamRoleSpec() {}

  /**
   * Sets the 12-digit id of the account it trusts.
   *
   * @param trustedAccount the value
   * @return this spec
   */
  public IamRoleSpec trustedAccount(String trustedAccount) {
    this.trustedAccount = java.util.Objects.requireNonNull(trustedAccount, "trustedAccount");
    return this;
  }

  /**
   * Sets whether the trust requires an external id ({@link Traits#TRUST_WITH_EXTERNAL_ID}).
   *
   * @param externalId the setting
   * @return this spec
   */
  public IamRoleSpec requireExternalId(boolean externalId) {
    this.externalId = externalId;
    return this;
  }
}
