package io.github.awsinventory.testkit.estate;

/**
 * An IAM user: by default without console password, MFA device or access key. The name (required) is the
 * user name.
 */
public final class IamUserSpec extends ResourceSpec<IamUserSpec> {

  boolean consoleAccess;
  boolean mfa;
  boolean accessKey;

  IamUserSpec() {}

  /**
   * Whether the user has a console password ({@link Traits#CONSOLE_ACCESS}; without MFA also
   * {@link Traits#CONSOLE_WITHOUT_MFA}).
   *
   * @param consoleAccess true to create a login profile
   * @return this spec
   */
  public IamUserSpec consoleAccess(boolean consoleAccess) {
    this.consoleAccess = consoleAccess;
    return this;
  }

  /**
   * Whether the user has an enabled virtual MFA device ({@link Traits#MFA}).
   *
   * @param mfa true to enable one
   * @return this spec
   */
  public IamUserSpec mfa(boolean mfa) {
    this.mfa = mfa;
    return this;
  }

  /**
   * Whether the user has an access key ({@link Traits#ACCESS_KEY}). Its secret is discarded.
   *
   * @param accessKey true to create one
   * @return this spec
   */
  public IamUserSpec accessKey(boolean accessKey) {
    this.accessKey = accessKey;
    return this;
  }
}
