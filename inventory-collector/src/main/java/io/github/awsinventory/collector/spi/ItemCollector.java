package io.github.awsinventory.collector.spi;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.List;

/**
 * The second collector SPI: a collector declares how to list a scope and which per-item {@link DetailStep detail
 * steps} follow, and the framework runs them. Detail steps of all the scope's items run concurrently, bounded per
 * account by {@code per_account_concurrency} (a bulkhead shared by every scope of the account) and by the
 * per-service rate limiter; a detail step whose service answers with an error leaves its attributes unknown and
 * records a detail error — the resource is never dropped, and "could not tell" never becomes "no".
 *
 * <pre>{@code
 * public final class SqsQueueCollector implements ItemCollector<String> {
 *   public TypeDescriptor descriptor() { return SqsQueue.DESCRIPTOR; }
 *
 *   public void list(CollectionContext context, ListedItems<String> items) {
 *     SqsClient sqs = context.client(SqsClient.class);
 *     for (String url : sqs.listQueuesPaginator(r -> r.maxResults(1000)).queueUrls()) {
 *       String name = url.substring(url.lastIndexOf('/') + 1);
 *       items.add(url, context.arn("sqs", name), name);
 *     }
 *   }
 *
 *   public List<DetailStep<String>> details() {
 *     return List.of(DetailStep.of("GetQueueAttributes", (context, url) -> {
 *       Map<String, String> attributes = context.client(SqsClient.class)
 *           .getQueueAttributes(r -> r.queueUrl(url).attributeNamesWithStrings("All")).attributesAsStrings();
 *       return resource -> SqsQueue.VISIBLE_MESSAGES.put(resource, Long.parseLong(attributes.get(...)));
 *     }, SqsQueue.VISIBLE_MESSAGES));
 *   }
 * }
 * }</pre>
 *
 * <p>The type, service, scope and IAM actions come from the {@link #descriptor() catalogue entry}, so they are
 * stated once. Implementations are stateless and thread-safe: the same instance lists many scopes at once, and its
 * detail steps run on the framework's threads. Register an implementation like any {@link ResourceCollector} (it is
 * one): in {@code META-INF/services/io.github.awsinventory.collector.spi.ResourceCollector}, or with {@code
 * InventoryCollector.builder().addCollector(...)}.
 *
 * <p><b>Migrating from the first SPI.</b> A {@link ResourceCollector} that implements {@code collect} keeps working
 * unchanged, but its detail calls run one after another. To port it: move the type's facts into a {@link
 * TypeDescriptor}; keep the list calls in {@link #list}, creating each resource with {@link ListedItems#add} instead
 * of {@code context.newResource} and {@code sink.accept}; move each per-item call, with its try/catch of
 * {@code AwsServiceException}, into a {@link DetailStep} that names the attributes it gives (the framework now marks
 * them unknown and reports the error). Errors that mean a fact ({@code NoSuchTagSet}: no tags) are still caught in
 * the step and turned into that fact.
 *
 * @param <T> what the listing yields per resource and the detail steps need (an SDK object, an id, a record)
 */
public interface ItemCollector<T> extends ResourceCollector {

  /**
   * The type's catalogue entry: its id, service, regional or global scope and the IAM actions this collector
   * calls (the listing's and the detail steps').
   *
   * @return the descriptor
   */
  TypeDescriptor descriptor();

  /**
   * Lists the scope: adds every resource with what the list calls tell. Use the SDK's paginators at the largest
   * page size the API allows. A failing list call should propagate: the scope is retried when the error is
   * transient, else reported as failed.
   *
   * @param context the scope: account, region, clients, helpers
   * @param items where to add each resource
   */
  void list(CollectionContext context, ListedItems<T> items);

  /**
   * The per-item detail steps, run for every listed item after it is listed. The framework applies each step's
   * result to the item's resource in this order.
   *
   * @return the steps; empty when the listing tells everything
   */
  List<DetailStep<T>> details();

  @Override
  default ResourceType type() {
    return descriptor().type();
  }

  @Override
  default String service() {
    return descriptor().service();
  }

  @Override
  default boolean isGlobal() {
    return descriptor().isGlobal();
  }

  @Override
  default List<String> iamActions() {
    return descriptor().iamActions();
  }

  /**
   * Collects the scope on the calling thread, running the detail steps one after another with the same rules as
   * the framework (failed step: attributes unknown plus a detail error). The collector itself never calls this:
   * it runs {@link #list} and {@link #details} concurrently. It is here for code that drives a collector directly.
   *
   * @param context the scope
   * @param sink where to send each resource
   */
  @Override
  default void collect(CollectionContext context, ResourceSink sink) {
    SerialDetails.collect(this, context, sink);
  }
}
