package io.github.awsinventory.collector;

import io.github.awsinventory.model.table.internal.ItemSize;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Counts what a DynamoDB client sends: requests by operation, and the items written by their {@code item_type} (an
 * update counts as a write of a {@code resource} item). Attach with
 * {@code overrideConfiguration(c -> c.addExecutionInterceptor(requests))}.
 */
public final class TableRequests implements ExecutionInterceptor {

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> itemsWritten = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> writeUnits = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> unitsByResource = new ConcurrentHashMap<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    Object request = context.request();
    requests.computeIfAbsent(request.getClass().getSimpleName().replace("Request", ""), k -> new LongAdder())
        .increment();
    if (request instanceof BatchWriteItemRequest batch) {
      batch.requestItems().values().forEach(list -> list.stream().map(WriteRequest::putRequest)
          .forEach(put -> written(put.item())));
    } else if (request instanceof PutItemRequest put) {
      written(put.item());
    } else if (request instanceof UpdateItemRequest) {
      itemsWritten.computeIfAbsent("resource", k -> new LongAdder()).increment();
    }
  }

  private void written(Map<String, AttributeValue> item) {
    AttributeValue type = item.get("item_type");
    String kind = type == null ? "?" : type.s();
    itemsWritten.computeIfAbsent(kind, k -> new LongAdder()).increment();
    writeUnits.computeIfAbsent(kind, k -> new LongAdder()).add(writeUnits(item));
    AttributeValue id = item.get("resource_id");
    if (id != null && ("resource".equals(kind) || "history".equals(kind))) {
      unitsByResource.computeIfAbsent(id.s(), k -> new LongAdder()).add(writeUnits(item));
    }
  }

  /** Write units of the current items and history versions of some resources. */
  public long writeUnitsOf(java.util.Collection<String> resourceIds) {
    return resourceIds.stream().map(unitsByResource::get).filter(java.util.Objects::nonNull)
        .mapToLong(LongAdder::sum).sum();
  }

  /** The write units DynamoDB charges for putting an item: one per started KB. */
  public static long writeUnits(Map<String, AttributeValue> item) {
    return Math.max(1, (ItemSize.of(item) + 1023) / 1024);
  }

  /** Write units of the items of one {@code item_type} put in BatchWriteItem and PutItem requests. */
  public long writeUnits(String itemType) {
    LongAdder units = writeUnits.get(itemType);
    return units == null ? 0 : units.sum();
  }

  /** Requests of one operation, e.g. {@code BatchWriteItem}, {@code Query}. */
  public long requests(String operation) {
    LongAdder count = requests.get(operation);
    return count == null ? 0 : count.sum();
  }

  /** Every request. */
  public long requests() {
    return requests.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Items written of one {@code item_type}. */
  public long written(String itemType) {
    LongAdder count = itemsWritten.get(itemType);
    return count == null ? 0 : count.sum();
  }

  /** Items written in BatchWriteItem and PutItem requests, of every kind. */
  public long written() {
    return itemsWritten.values().stream().mapToLong(LongAdder::sum).sum();
  }

  public void reset() {
    requests.clear();
    itemsWritten.clear();
    writeUnits.clear();
    unitsByResource.clear();
  }

  @Override
  public String toString() {
    return "requests " + requests + ", items written " + itemsWritten;
  }
}
