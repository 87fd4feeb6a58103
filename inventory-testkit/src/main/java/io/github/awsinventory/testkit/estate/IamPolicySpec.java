package io.github.awsinventory.testkit.estate;

/**
 * A customer managed IAM policy that allows reading CloudWatch metrics, or everything, attached to nothing unless to a
 * role. The name is the policy name.
 */
public final class IamPolicySpec extends ResourceSpec<IamPolicySpec> {

  boolean fullAdmin;
  String attachTo = null;

  IamPolicySpec() {}

  /**
   * Sets whether it allows {@code *} on {@code *} ({@link Traits#FULL_ADMIN}).
   *
   * @param fullAdmin the setting
   * @return this spec
   */
  public IamPolicySpec fullAdmin(boolean fullAdmin) {
    this.fullAdmin = fullAdmin;
    return this;
  }

  /**
   * Sets the name of a role of the account to attach it to (else {@link Traits#UNUSED}).
   *
   * @param attachTo the value
   * @return this spec
   */
  public IamPolicySpec attachTo(String attachTo) {
    this.attachTo = java.util.Objects.requireNonNull(attachTo, "attachTo");
    return this;
  }
}
