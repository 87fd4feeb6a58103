package io.github.awsinventory.testkit.fault;

import java.util.Objects;

/**
 * One AWS API call as the fault injector sees it: the service (its signing name, e.g. {@code ec2},
 * {@code dynamodb}, {@code elasticloadbalancing}), the operation (e.g. {@code DescribeInstances}), the
 * account it acts in and the region it is signed for.
 *
 * <p>The account is the one the credentials belong to, learned from the AssumeRole responses that pass
 * through the injector; for an STS AssumeRole call it is the account of the role being assumed.
 */
public final class AwsCall {

  private final String service;
  private final String operation;
  private final String accountId;
  private final String region;

  /**
   * Creates a call description.
   *
   * @param service the service's signing name
   * @param operation the operation name
   * @param accountId the account
   * @param region the region
   */
  public AwsCall(String service, String operation, String accountId, String region) {
    this.service = Objects.requireNonNull(service, "service");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.region = Objects.requireNonNull(region, "region");
  }

  /**
   * The service's signing name.
   *
   * @return e.g. {@code ec2}
   */
  public String service() {
    return service;
  }

  /**
   * The operation.
   *
   * @return e.g. {@code DescribeInstances}
   */
  public String operation() {
    return operation;
  }

  /**
   * The account the call acts in.
   *
   * @return a 12-digit account id
   */
  public String accountId() {
    return accountId;
  }

  /**
   * The region the call is signed for.
   *
   * @return e.g. {@code us-east-1}
   */
  public String region() {
    return region;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AwsCall)) {
      return false;
    }
    AwsCall other = (AwsCall) o;
    return service.equals(other.service) && operation.equals(other.operation) && accountId.equals(other.accountId)
        && region.equals(other.region);
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, operation, accountId, region);
  }

  @Override
  public String toString() {
    return service + ":" + operation + " " + accountId + "/" + region;
  }
}
