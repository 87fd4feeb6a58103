package io.github.awsinventory.collector.spi;

import io.github.awsinventory.model.Resource;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.SdkClient;

/**
 * What a {@link ResourceCollector} knows about the scope it collects, and the clients it may use.
 * Clients are shared by every collector of the same account and region, rate-limited per service and
 * closed by the collector when the account is done — never close them yourself.
 */
public interface CollectionContext {

  /**
   * The account being collected.
   *
   * @return a 12-digit account id
   */
  String accountId();

  /**
   * The account's name.
   *
   * @return the name
   */
  String accountName();

  /**
   * The scope's region; for a global type, the region its clients use (the collector's home region).
   *
   * @return a region name
   */
  String region();

  /**
   * The ARN partition of the account, {@code aws} unless configured otherwise.
   *
   * @return the partition
   */
  String partition();

  /**
   * When this scope is being observed; every resource of the scope carries it as {@code lastSeen}.
   *
   * @return the observation time
   */
  Instant observedAt();

  /**
   * An SDK client for the scope's account and region.
   *
   * @param clientType e.g. {@code Ec2Client.class}
   * @param <C> the client type
   * @return a shared client; do not close it
   * @throws io.github.awsinventory.collector.CollectionException when the type is not a synchronous AWS SDK v2
   *     client interface
   */
  <C extends SdkClient> C client(Class<C> clientType);

  /**
   * An SDK client for the scope's account in another region (for global types whose resources live in
   * regions, like S3 buckets).
   *
   * @param clientType e.g. {@code S3Client.class}
   * @param region the region
   * @param <C> the client type
   * @return a shared client; do not close it
   * @throws io.github.awsinventory.collector.CollectionException when the type is not a synchronous AWS SDK v2
   *     client interface
   */
  <C extends SdkClient> C client(Class<C> clientType, String region);

  /**
   * A resource builder with the scope filled in: type, account id and name, region, observation times.
   *
   * @param resourceId the resource's ARN
   * @param name a human-readable name
   * @return a builder to complete with state, tags, attributes and creation time
   */
  Resource.Builder newResource(String resourceId, String name);

  /**
   * An ARN in this account and region: {@code arn:<partition>:<service>:<region>:<account>:<resource>}.
   * For a global type the region part is empty, as in IAM ARNs; build ARNs of other shapes (S3 buckets,
   * EBS snapshots) yourself, or take the one the API returns.
   *
   * @param service the service, e.g. {@code ec2}
   * @param resource the resource part, e.g. {@code instance/i-0abc}
   * @return the ARN
   */
  default String arn(String service, String resource) {
    return "arn:" + partition() + ":" + service + ":" + region() + ":" + accountId() + ":" + resource;
  }

  /**
   * Records that a per-resource detail call failed, for the run's report ({@code detail_errors}). It does not
   * change the resource: keep the resource and add the attribute to its {@code unknownAttributes} yourself
   * ({@code Resource.Builder.addUnknownAttributes}), so that reports say "unknown" rather than guess.
   *
   * @param resourceId the resource
   * @param attribute the attribute that could not be determined
   * @param error what failed
   */
  void detailError(String resourceId, String attribute, Exception error);

  /**
   * The department configured for the account, if any.
   *
   * @return the department
   */
  Optional<String> accountDepartment();
}
