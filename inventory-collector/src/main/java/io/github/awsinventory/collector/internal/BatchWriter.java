package io.github.awsinventory.collector.internal;

import io.github.awsinventory.model.StoreException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items to one table with BatchWriteItem in batches of up to 25, filling batches across callers.
 * Unprocessed items are resent with exponential backoff and jitter until written or the attempts run out;
 * each item's future completes only when DynamoDB confirmed it, or fails. {@link #submit} blocks while the
 * queue is full: producers are slowed to the pace of the table. Items arrive encoded by the table's schemas
 * ({@link io.github.awsinventory.model.table.ResourceCodec}, {@link io.github.awsinventory.model.table.RunRecords}),
 * so the codec's size accounting (trimming to 400 KB) applies to exactly what is sent.
 */
final class BatchWriter implements AutoCloseable {

  static final int BATCH_SIZE = 25;

  private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
  /**
   * How long a partly filled batch waits for more items when nobody waits for the writes: a safety net that keeps a
   * long, slow run's last few items from waiting for its end. Whoever needs writes durable calls {@link #flush()}.
   */
  static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final long FORM_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final DynamoDbClient client;
  private final String table;
  private final BlockingQueue<Pending> queue;
  private final Retry retry;
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong sequence = new AtomicLong();
  /** The sequence numbers of the items not yet written or failed. */
  private final ConcurrentSkipListSet<Long> unfinished = new ConcurrentSkipListSet<>();
  /** The sequence numbers of the items queued and not yet taken into a batch. */
  private final ConcurrentSkipListSet<Long> waiting = new ConcurrentSkipListSet<>();
  /** Items up to this sequence number are due: someone waits for them in {@link #flush()}. */
  private final AtomicLong flushedUpTo = new AtomicLong(-1);
  private final Object forming = new Object();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition drained = lock.newCondition();
  private volatile boolean running = true;

  BatchWriter(DynamoDbClient client, String table, int threads, int queueCapacity, int maxAttempts,
      Duration initialBackoff, Duration maxBackoff) {
    this.client = client;
    this.table = table;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.retry = Retry.of("batch-write-" + table, RetryConfig.<List<Pending>>custom()
        .maxAttempts(maxAttempts)
        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(initialBackoff, 2.0, 0.5, maxBackoff))
        .retryOnResult(left -> !left.isEmpty())
        .retryOnException(ErrorClassifier::isRetryable)
        .build());
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(this::work, "inventory-writer-" + table + "-" + i);
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }
  }

  /**
   * Queues an item, blocking while the queue is full.
   *
   * @param item the item
   * @return completes when DynamoDB confirmed the write
   */
  CompletableFuture<Void> submit(Map<String, AttributeValue> item) {
    if (!running) {
      throw new StoreException("the writer of table " + table + " is closed; write through the store before "
          + "closing it");
    }
    Pending p = new Pending(item, sequence.getAndIncrement());
    unfinished.add(p.sequence);
    waiting.add(p.sequence);
    try {
      queue.put(p);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      done(p, new StoreException("interrupted while queueing a write to " + table, e));
    }
    return p.future;
  }

  /**
   * Waits until every item submitted before the call is written or failed. Partly filled batches of those items go
   * out at once; items submitted meanwhile wait for a full batch or the next flush.
   */
  void flush() {
    long upTo = sequence.get() - 1;
    flushedUpTo.accumulateAndGet(upTo, Math::max);
    lock.lock();
    try {
      for (Long oldest = oldestUnfinished(); oldest != null && oldest <= upTo; oldest = oldestUnfinished()) {
        drained.awaitUninterruptibly();
      }
    } finally {
      lock.unlock();
    }
  }

  long itemsWritten() {
    return written.get();
  }

  long calls() {
    return calls.get();
  }

  @Override
  public void close() {
    flush();
    running = false;
    for (Thread worker : workers) {
      worker.interrupt();
    }
    for (Thread worker : workers) {
      try {
        worker.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void work() {
    Deque<Pending> carried = new ArrayDeque<>();
    while (running || !queue.isEmpty() || !carried.isEmpty()) {
      try {
        List<Pending> batch = nextBatch(carried);
        if (!batch.isEmpty()) {
          send(batch);
        }
      } catch (InterruptedException e) {
        if (!running && queue.isEmpty() && carried.isEmpty()) {
          return;
        }
      } catch (RuntimeException e) {
        LOG.error("Writer of table {} failed unexpectedly", table, e);
      }
    }
  }

  /**
   * The next batch: a full one as soon as 25 distinct items wait; a partly filled one only when someone waits
   * for the writes ({@link #flush()}), when the writer closes, or when its oldest item has waited
   * {@link #LINGER_NANOS}.
   * One worker forms a batch at a time, so that concurrent workers do not split the queue into small batches.
   */
  private List<Pending> nextBatch(Deque<Pending> carried) throws InterruptedException {
    synchronized (forming) {
      while (true) {
        Pending head = carried.peekFirst();
        if (head == null) {
          head = queue.poll(100, TimeUnit.MILLISECONDS);
          if (head == null) {
            return List.of();
          }
          carried.addFirst(head);
        }
        long waited = System.nanoTime() - head.queuedAt;
        boolean due = flushWaiting() || !running || waited >= LINGER_NANOS;
        if (due || carried.size() + queue.size() >= BATCH_SIZE) {
          return take(carried);
        }
        Pending next = queue.poll(Math.min(FORM_POLL_NANOS, LINGER_NANOS - waited), TimeUnit.NANOSECONDS);
        if (next != null) {
          carried.addLast(next);
        }
      }
    }
  }

  /**
   * Whether a {@link #flush()} waits for an item that no batch holds yet. Items reach the queue in an order that is not
   * quite their sequence (submitters race between taking a number and queueing), so the oldest waiting item decides,
   * not the head of the queue; items already in a batch being sent do not make newer ones go out partly filled.
   */
  private boolean flushWaiting() {
    Long oldest = waiting.ceiling(Long.MIN_VALUE);
    return oldest != null && oldest <= flushedUpTo.get();
  }

  /** The sequence number of the oldest item not yet written or failed; null when none. */
  private Long oldestUnfinished() {
    return unfinished.ceiling(Long.MIN_VALUE);
  }

  /** Up to 25 items with distinct keys, carried ones first; an item whose key is already in the batch waits. */
  private List<Pending> take(Deque<Pending> carried) {
    // never more than a batch out of the queue: what waits beyond it stays there, under the queue's back-pressure
    queue.drainTo(carried, Math.max(0, BATCH_SIZE - carried.size()));
    List<Pending> batch = new ArrayList<>(BATCH_SIZE);
    Set<String> keys = new HashSet<>();
    int count = carried.size();
    for (int i = 0; i < count && batch.size() < BATCH_SIZE; i++) {
      Pending p = carried.pollFirst();
      if (keys.add(p.key)) {
        batch.add(p);
        waiting.remove(p.sequence);
      } else {
        carried.addLast(p);
      }
    }
    return batch;
  }

  private void send(List<Pending> batch) {
    List<Pending>[] remaining = new List[] {batch};
    try {
      List<Pending> left = retry.executeSupplier(() -> {
        remaining[0] = sendOnce(remaining[0]);
        return remaining[0];
      });
      if (!left.isEmpty()) {
        StoreException failure = new StoreException(left.size() + " items were still unprocessed by table "
            + table + " after " + retry.getRetryConfig().getMaxAttempts() + " BatchWriteItem attempts");
        left.forEach(p -> done(p, failure));
      }
    } catch (RuntimeException e) {
      StoreException failure = new StoreException("writing " + remaining[0].size() + " items to table "
          + table + " failed: " + e.getMessage(), e);
      remaining[0].forEach(p -> done(p, failure));
    }
  }

  private List<Pending> sendOnce(List<Pending> items) {
    List<WriteRequest> requests = new ArrayList<>(items.size());
    Map<String, Pending> byKey = new HashMap<>();
    for (Pending p : items) {
      requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(p.item).build()).build());
      byKey.put(p.key, p);
    }
    calls.incrementAndGet();
    // Low-level: a batch mixes item kinds; enhanced batches return unprocessed items typed by one schema per table
    BatchWriteItemResponse response = client.batchWriteItem(r -> r.requestItems(Map.of(table, requests)));
    List<WriteRequest> unprocessed = response.hasUnprocessedItems()
        ? response.unprocessedItems().getOrDefault(table, List.of()) : List.of();
    List<Pending> left = new ArrayList<>(unprocessed.size());
    for (WriteRequest request : unprocessed) {
      Pending p = byKey.remove(Pending.key(request.putRequest().item()));
      if (p != null) {
        left.add(p);
      }
    }
    for (Pending p : byKey.values()) {
      written.incrementAndGet();
      done(p, null);
    }
    if (!left.isEmpty()) {
      LOG.debug("{} of {} items unprocessed by {}; resending", left.size(), items.size(), table);
    }
    return left;
  }

  private void done(Pending p, Exception failure) {
    if (failure == null) {
      p.future.complete(null);
    } else {
      p.future.completeExceptionally(failure);
    }
    waiting.remove(p.sequence);
    unfinished.remove(p.sequence);
    if (p.sequence > flushedUpTo.get()) {
      return;
    }
    lock.lock();
    try {
      drained.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private static final class Pending {
    final Map<String, AttributeValue> item;
    final String key;
    final CompletableFuture<Void> future = new CompletableFuture<>();
    final long queuedAt = System.nanoTime();
    final long sequence;

    Pending(Map<String, AttributeValue> item, long sequence) {
      this.sequence = sequence;
      this.item = item;
      this.key = key(item);
    }

    static String key(Map<String, AttributeValue> item) {
      return item.get("pk").s() + "\u0000" + item.get("sk").s();
    }
  }
}
