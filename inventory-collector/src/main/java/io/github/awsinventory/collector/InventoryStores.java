package io.github.awsinventory.collector;

import io.github.awsinventory.collector.internal.DynamoDbInventoryStore;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Factories of {@link InventoryStore}s. */
public final class InventoryStores {

  private InventoryStores() {}

  /**
   * The inventory table, with the default writer: 4 concurrent BatchWriteItem senders, unprocessed items
   * resent up to 10 times with exponential backoff (100 ms doubling to 5 s, with jitter).
   *
   * @param client a DynamoDB client (not closed by the store)
   * @param tableName the table, laid out as in {@code docs/TABLE_LAYOUT.md}
   * @param retention how long history, deletion and run records are kept
   * @return the store
   */
  public static InventoryStore dynamoDb(DynamoDbClient client, String tableName, Duration retention) {
    return dynamoDb(client, tableName, retention, 4, 10, Duration.ofMillis(100), Duration.ofSeconds(5));
  }

  /**
   * The inventory table, with a tuned writer.
   *
   * @param client a DynamoDB client (not closed by the store)
   * @param tableName the table
   * @param retention how long history, deletion and run records are kept
   * @param writerThreads concurrent BatchWriteItem senders, at least 1
   * @param maxWriteAttempts BatchWriteItem attempts before unprocessed items fail the run, at least 1
   * @param initialBackoff first wait before resending unprocessed items
   * @param maxBackoff longest wait
   * @return the store
   * @throws CollectionException when {@code writerThreads} or {@code maxWriteAttempts} is below 1
   */
  public static InventoryStore dynamoDb(DynamoDbClient client, String tableName, Duration retention,
      int writerThreads, int maxWriteAttempts, Duration initialBackoff, Duration maxBackoff) {
    if (writerThreads < 1 || maxWriteAttempts < 1) {
      throw new CollectionException("writerThreads and maxWriteAttempts must be >= 1 (were " + writerThreads
          + ", " + maxWriteAttempts + "); pass 1 or more, or use dynamoDb(client, tableName, retention) for the "
          + "defaults");
    }
    return new DynamoDbInventoryStore(client, tableName, retention, writerThreads, maxWriteAttempts, initialBackoff,
        maxBackoff);
  }

  /**
   * A store in memory.
   *
   * @return an empty store
   */
  public static InMemoryInventoryStore inMemory() {
    return new InMemoryInventoryStore();
  }
}
