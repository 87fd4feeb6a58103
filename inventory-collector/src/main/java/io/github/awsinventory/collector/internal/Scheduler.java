package io.github.awsinventory.collector.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs accounts' work on a fixed number of threads ({@code max_concurrency}), at most
 * {@code per_account_concurrency} tasks of one account at once, taking tasks round-robin from the active
 * accounts. A new account becomes active only when no active one has a task a free thread could run, and
 * at most {@code threads + ceil(threads / per_account)} accounts are active at once: a large organisation
 * is worked through a few accounts at a time, so memory and open clients stay flat whatever its size.
 */
final class Scheduler {

  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  /** One account's work: first {@link #prepare()} (which yields its scope tasks), then those tasks. */
  interface AccountWork {
    List<Runnable> prepare();

    void finished();
  }

  private final int threads;
  private final int perAccount;
  private final int window;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final List<State> active = new ArrayList<>();
  private Iterator<? extends AccountWork> accounts;
  private int roundRobin;

  Scheduler(int threads, int perAccount) {
    this.threads = threads;
    this.perAccount = perAccount;
    this.window = threads + (threads + perAccount - 1) / perAccount;
  }

  /**
   * Runs every account's work and returns when all of it is done.
   *
   * @param work the accounts, consumed lazily
   */
  void run(Iterator<? extends AccountWork> work) {
    this.accounts = work;
    List<Thread> workers = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(this::work, "inventory-collector-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        workers.forEach(Thread::interrupt);
        throw new IllegalStateException("interrupted while collecting", e);
      }
    }
  }

  private void work() {
    while (true) {
      State state;
      Runnable task;
      boolean preparing;
      lock.lock();
      try {
        while (true) {
          state = pick();
          if (state == null && active.size() < window && accounts.hasNext()) {
            active.add(new State(accounts.next()));
            continue;
          }
          if (state != null) {
            preparing = !state.prepared;
            task = preparing ? null : state.pending.pollFirst();
            break;
          }
          if (active.isEmpty() && !accounts.hasNext()) {
            changed.signalAll();
            return;
          }
          changed.awaitUninterruptibly();
        }
      } finally {
        lock.unlock();
      }
      List<Runnable> scopes = List.of();
      try {
        if (preparing) {
          scopes = state.work.prepare();
        } else {
          task.run();
        }
      } catch (RuntimeException | Error e) {
        LOG.error("A collection task failed unexpectedly", e);
      }
      boolean finished;
      lock.lock();
      try {
        state.running--;
        if (preparing) {
          state.prepared = true;
          state.pending.addAll(scopes);
        }
        finished = state.prepared && state.pending.isEmpty() && state.running == 0 && !state.closed;
        if (finished) {
          state.closed = true;
          active.remove(state);
        }
        changed.signalAll();
      } finally {
        lock.unlock();
      }
      if (finished) {
        try {
          state.work.finished();
        } catch (RuntimeException e) {
          LOG.warn("Closing an account's clients failed", e);
        }
      }
    }
  }

  private State pick() {
    int size = active.size();
    for (int i = 0; i < size; i++) {
      int index = (roundRobin + i) % size;
      State s = active.get(index);
      boolean canPrepare = !s.prepared && !s.preparing;
      boolean canRun = s.prepared && !s.pending.isEmpty() && s.running < perAccount;
      if (canPrepare || canRun) {
        if (canPrepare) {
          s.preparing = true;
        }
        s.running++;
        roundRobin = index + 1;
        return s;
      }
    }
    return null;
  }

  private static final class State {
    final AccountWork work;
    final Deque<Runnable> pending = new ArrayDeque<>();
    boolean preparing;
    boolean prepared;
    boolean closed;
    int running;

    State(AccountWork work) {
      this.work = work;
    }
  }
}
