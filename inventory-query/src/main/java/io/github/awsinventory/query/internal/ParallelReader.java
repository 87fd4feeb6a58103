package io.github.awsinventory.query.internal;

import io.github.awsinventory.query.QueryException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads several streams at once on a few threads and merges them into one, through a bounded queue:
 * readers block when the consumer is slow, so memory stays bounded. An error in a reader surfaces in the
 * consumer; closing the merged stream stops the readers.
 */
final class ParallelReader {

  private static final int CAPACITY = 1000;
  private static final Object END = new Object();

  private ParallelReader() {}

  static <K, T> Stream<T> read(Collection<K> keys, int parallelism, Function<K, Stream<T>> source) {
    if (parallelism < 1) {
      throw new QueryException("parallelism must be >= 1 (was " + parallelism + "); pass 1 to read one type at a "
          + "time");
    }
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    List<K> all = new ArrayList<>(keys);
    int threads = Math.max(1, Math.min(parallelism, all.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "inventory-query-reader");
      thread.setDaemon(true);
      return thread;
    });
    AtomicInteger remaining = new AtomicInteger(all.size());
    if (all.isEmpty()) {
      queue.add(END);
    }
    for (K key : all) {
      pool.execute(() -> {
        try (Stream<T> items = source.apply(key)) {
          Iterator<T> it = items.iterator();
          while (it.hasNext()) {
            queue.put(it.next());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (RuntimeException e) {
          putQuietly(queue, new Failure(e));
        }
        if (remaining.decrementAndGet() == 0) {
          putQuietly(queue, END);
        }
      });
    }
    pool.shutdown();
    Iterator<T> merged = new Iterator<>() {
      private Object next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryException("interrupted while reading the inventory; the stream ends here", e);
          }
        }
        if (next instanceof Failure) {
          RuntimeException cause = ((Failure) next).cause;
          pool.shutdownNow();
          throw cause;
        }
        return next != END;
      }

      @Override
      @SuppressWarnings("unchecked")
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.NONNULL), false)
        .onClose(() -> {
          pool.shutdownNow();
          try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }

  private static void putQuietly(BlockingQueue<Object> queue, Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Failure {
    final RuntimeException cause;

    Failure(RuntimeException cause) {
      this.cause = cause;
    }
  }
}
