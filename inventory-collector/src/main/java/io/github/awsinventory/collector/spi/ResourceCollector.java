package io.github.awsinventory.collector.spi;

import io.github.awsinventory.model.ResourceType;
import java.util.List;

/**
 * The first collector SPI: collects every resource of one type in one scope (an account and a region, or an account for global
 * types). Implementations are stateless and thread-safe: the same instance collects many scopes at once.
 *
 * <p>Register an implementation in {@code META-INF/services/io.github.awsinventory.collector.spi.ResourceCollector},
 * or pass it to {@code InventoryCollector.builder().addCollector(...)}.
 *
 * <pre>{@code
 * public final class SqsQueueCollector implements ResourceCollector {
 *   public ResourceType type() { return ResourceType.of("sqs_queue"); }
 *   public String service() { return "sqs"; }
 *   public List<String> iamActions() { return List.of("sqs:ListQueues", "sqs:GetQueueAttributes"); }
 *   public void collect(CollectionContext context, ResourceSink sink) {
 *     SqsClient sqs = context.client(SqsClient.class);
 *     for (String url : sqs.listQueuesPaginator(r -> r.maxResults(1000)).queueUrls()) {
 *       String name = url.substring(url.lastIndexOf('/') + 1);
 *       sink.accept(context.newResource(context.arn("sqs", name), name));
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Prefer {@link ItemCollector}, the second SPI, for a new collector: it declares its per-item detail calls, and the
 * framework runs them concurrently under the account's limits and records their failures; the detail calls of a
 * collector that implements only {@link #collect} run one after another. {@link ItemCollector}'s javadoc says how to
 * port one.
 *
 * <p>Use the SDK's paginators with the largest page size the API allows. A failing list call should
 * propagate (the scope is retried or reported as failed); a failing per-resource detail call should be
 * caught, reported with {@link CollectionContext#detailError} and the attribute listed as unknown —
 * never dropping the resource, never recording "no" for "could not tell".
 */
public interface ResourceCollector {

  /**
   * The type this collector produces.
   *
   * @return the type
   */
  ResourceType type();

  /**
   * The endpoint prefix of the service this collector mostly calls ({@code ec2}, {@code s3}, ...).
   *
   * @return the service
   */
  String service();

  /**
   * Whether the type is global: collected once per account (IAM users, the S3 bucket list) rather than
   * once per region.
   *
   * @return true for global types
   */
  default boolean isGlobal() {
    return false;
  }

  /**
   * The IAM actions this collector calls, for the read-only member-account role.
   *
   * @return actions such as {@code ec2:DescribeInstances}
   */
  List<String> iamActions();

  /**
   * Collects the scope.
   *
   * @param context the scope: account, region, clients, helpers
   * @param sink where to send each resource
   * @throws RuntimeException from the SDK, when listing fails; the scope is retried when the error is
   *     transient, else reported as failed
   */
  void collect(CollectionContext context, ResourceSink sink);
}
