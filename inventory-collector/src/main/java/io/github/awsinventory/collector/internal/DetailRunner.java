package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.resilience4j.bulkhead.Bulkhead;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Runs one attempt of an {@link ItemCollector} in a scope: the listing on the scope's thread, every item's detail
 * steps on the detail threads, each step holding one permit of the account's bulkhead while it runs (so an account
 * never has more than {@code per_account_concurrency} detail calls in flight, whatever the number of its scopes),
 * and every call passing the per-service rate limiter in the clients.
 *
 * <p>Everything that changes the scope's state — applying a step's result to the item's resource, marking
 * attributes unknown, recording detail errors, sending the resource to the sink — happens on the scope's thread,
 * in the order the items were listed. Waiting for a permit lets finished items through, so the listing never
 * holds more unfinished items than there are permits, plus those finished behind a slow one.
 *
 * <p>When a step fails with anything but a service error, or the listing fails, the attempt waits for the calls
 * already in flight (so a retried attempt never overlaps the one before), skips the steps not yet started and
 * rethrows the first failure; the scope's retry decides what follows.
 */
final class DetailRunner<T> {

  private static final long POLL_MILLIS = 50;

  private final ItemCollector<T> collector;
  private final CollectionContext context;
  private final ResourceSink sink;
  private final Bulkhead bulkhead;
  private final Executor executor;
  private final ScopeContext scope;
  private final List<DetailStep<T>> steps;
  private final Deque<Item> unfinished = new ArrayDeque<>();
  private final List<CompletableFuture<?>> inFlight = new ArrayList<>();
  private volatile RuntimeException failure;

  DetailRunner(ItemCollector<T> collector, CollectionContext context, ResourceSink sink, Bulkhead bulkhead,
      Executor executor, ScopeContext scope) {
    this.collector = collector;
    this.context = context;
    this.sink = sink;
    this.bulkhead = bulkhead;
    this.executor = executor;
    this.scope = scope;
    this.steps = List.copyOf(collector.details());
  }

  void run() {
    try {
      collector.list(context, this::add);
      while (!unfinished.isEmpty()) {
        awaitHead();
        drain();
      }
    } catch (RuntimeException e) {
      awaitInFlight();
      throw failure != null ? failure : e;
    }
    if (failure != null) {
      throw failure;
    }
  }

  private Resource.Builder add(T item, String resourceId, String name) {
    drain();
    Resource.Builder resource = context.newResource(resourceId, name);
    Item entry = new Item(item, resourceId, resource, steps.size());
    unfinished.addLast(entry);
    for (int i = 0; i < steps.size(); i++) {
      start(entry, i);
    }
    return resource;
  }

  private void start(Item entry, int index) {
    while (!bulkhead.tryAcquirePermission()) {
      throwIfFailed();
      scope.checkDeadline();
      drain();
    }
    DetailStep<T> step = steps.get(index);
    CompletableFuture<Void> call;
    try {
      call = CompletableFuture.runAsync(() -> fetch(entry, index, step), executor);
    } catch (RuntimeException e) {
      bulkhead.releasePermission();
      throw e;
    }
    inFlight.add(call);
    if (inFlight.size() > 4 * steps.size() + 64) {
      inFlight.removeIf(CompletableFuture::isDone);
    }
  }

  /** On a detail thread: one step's call, attributed to the scope (deadline, call count). */
  private void fetch(Item entry, int index, DetailStep<T> step) {
    scope.enter();
    try {
      if (failure == null) {
        entry.details[index] = step.fetch(context, entry.item);
      }
    } catch (AwsServiceException e) {
      entry.errors[index] = e;
    } catch (RuntimeException e) {
      synchronized (this) {
        if (failure == null) {
          failure = e;
        }
      }
    } finally {
      ScopeContext.exit();
      bulkhead.onComplete();
      entry.stepDone();
    }
  }

  /** Sends the items at the head that have all their details, in listing order. */
  private void drain() {
    throwIfFailed();
    while (!unfinished.isEmpty() && unfinished.peekFirst().isDone()) {
      // Checked again once the head is done: a step skipped after a failure also completes its item.
      throwIfFailed();
      finish(unfinished.pollFirst());
    }
  }

  private void finish(Item entry) {
    for (DetailStep.Detail detail : entry.details) {
      if (detail == DetailStep.Detail.VANISHED) {
        return;
      }
    }
    for (int i = 0; i < steps.size(); i++) {
      DetailStep<T> step = steps.get(i);
      AwsServiceException error = entry.errors[i];
      if (error != null) {
        entry.resource.addAllUnknownAttributes(step.unknownOnFailure());
        step.fallback().ifPresent(f -> f.applyTo(entry.resource));
        context.detailError(entry.resourceId, String.join(", ", step.unknownOnFailure()), error);
      } else if (entry.details[i] != null) {
        entry.details[i].applyTo(entry.resource);
      } else {
        throw new IllegalStateException("detail step " + step.name() + " of " + entry.resourceId
            + " ended without a result");
      }
    }
    sink.accept(entry.resource);
  }

  private void awaitHead() {
    Item head = unfinished.peekFirst();
    while (!head.await(POLL_MILLIS)) {
      throwIfFailed();
      scope.checkDeadline();
    }
  }

  private void awaitInFlight() {
    for (CompletableFuture<?> call : inFlight) {
      try {
        call.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        // recorded by the step itself
      }
    }
  }

  private void throwIfFailed() {
    if (failure != null) {
      throw failure;
    }
  }

  /** A listed item and the results of its steps; the arrays are written by the steps, read once all are done. */
  private final class Item {
    final T item;
    final String resourceId;
    final Resource.Builder resource;
    final DetailStep.Detail[] details;
    final AwsServiceException[] errors;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private int remaining;

    Item(T item, String resourceId, Resource.Builder resource, int steps) {
      this.item = item;
      this.resourceId = resourceId;
      this.resource = resource;
      this.details = new DetailStep.Detail[steps];
      this.errors = new AwsServiceException[steps];
      this.remaining = steps;
      if (steps == 0) {
        done.complete(null);
      }
    }

    synchronized void stepDone() {
      if (--remaining == 0) {
        done.complete(null);
      }
    }

    boolean isDone() {
      return done.isDone();
    }

    boolean await(long millis) {
      try {
        done.get(millis, TimeUnit.MILLISECONDS);
        return true;
      } catch (TimeoutException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for detail calls", e);
      } catch (ExecutionException e) {
        return true;
      }
    }
  }
}
