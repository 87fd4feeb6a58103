package io.github.awsinventory.cli.internal;

import io.github.awsinventory.collector.CollectionListener;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.ScopeResult;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows a run's progress on standard error: one live line on a terminal, plain lines otherwise (every
 * 10 % of the scopes, and every failed scope).
 */
final class ProgressDisplay implements CollectionListener {

  private final PrintWriter err;
  private final boolean live;
  private final AtomicLong planned = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong resources = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong lastDraw = new AtomicLong();
  private volatile long started = System.nanoTime();
  private volatile int accounts;
  private volatile long lastDecile = -1;

  ProgressDisplay(PrintWriter err, boolean live) {
    this.err = err;
    this.live = live;
  }

  @Override
  public void runStarted(String runId, int accountCount) {
    started = System.nanoTime();
    accounts = accountCount;
    if (!live) {
      err.println("collect: run " + runId + ", " + accountCount + " accounts");
    }
  }

  @Override
  public void accountPlanned(String accountId, int scopes) {
    planned.addAndGet(scopes);
    draw(false);
  }

  @Override
  public void scopeFinished(ScopeResult result) {
    done.incrementAndGet();
    resources.addAndGet(result.resources());
    if (!result.status().isComplete()) {
      failures.incrementAndGet();
      if (!live) {
        err.println("collect: " + result.scope() + " " + result.status() + ": " + result.error().orElse(""));
      }
    }
    draw(false);
  }

  @Override
  public void retry(String scope, String operation, int attempt) {
    retries.incrementAndGet();
  }

  @Override
  public void runFinished(CollectionReport report) {
    draw(true);
    if (live) {
      err.println();
    }
  }

  private void draw(boolean force) {
    long now = System.nanoTime();
    long total = planned.get();
    long finished = done.get();
    if (live) {
      long last = lastDraw.get();
      if (!force && now - last < 200_000_000L || !lastDraw.compareAndSet(last, now)) {
        return;
      }
      synchronized (err) {
        err.printf("\r[%d/%d scopes] %d resources, %d failed, %d retries, %d accounts, %ds   ", finished, total,
            resources.get(), failures.get(), retries.get(), accounts, (now - started) / 1_000_000_000L);
        err.flush();
      }
    } else if (total > 0) {
      long decile = finished * 10 / total;
      if (decile > lastDecile || force) {
        lastDecile = decile;
        synchronized (err) {
          err.printf("collect: %d/%d scopes, %d resources, %d failed, %d retries%n", finished, total,
              resources.get(), failures.get(), retries.get());
        }
      }
    }
  }
}
