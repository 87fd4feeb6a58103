package io.github.awsinventory.collector.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SchedulerTest {

  @Test
  void run_respectsGlobalAndPerAccountConcurrencyAndRunsEverything() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    Map<Integer, AtomicInteger> perAccount = new ConcurrentHashMap<>();
    Map<Integer, AtomicInteger> perAccountPeak = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    List<Work> accounts = new ArrayList<>();
    for (int a = 0; a < 40; a++) {
      int account = a;
      perAccount.put(account, new AtomicInteger());
      perAccountPeak.put(account, new AtomicInteger());
      accounts.add(new Work(10, () -> {
        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
        perAccountPeak.get(account).accumulateAndGet(perAccount.get(account).incrementAndGet(), Math::max);
        spin();
        perAccount.get(account).decrementAndGet();
        running.decrementAndGet();
        done.incrementAndGet();
      }));
    }

    new Scheduler(6, 2).run(accounts.iterator());

    assertThat(done.get()).isEqualTo(400);
    assertThat(peak.get()).isLessThanOrEqualTo(6).isGreaterThan(1);
    assertThat(perAccountPeak.values()).allSatisfy(p -> assertThat(p.get()).isLessThanOrEqualTo(2));
    assertThat(accounts).allSatisfy(w -> assertThat(w.finished.get()).isEqualTo(1));
  }

  @Test
  void run_keepsOnlyAWindowOfAccountsOpen() {
    AtomicInteger open = new AtomicInteger();
    AtomicInteger peakOpen = new AtomicInteger();
    List<Scheduler.AccountWork> accounts = new ArrayList<>();
    for (int a = 0; a < 200; a++) {
      accounts.add(new Scheduler.AccountWork() {
        @Override
        public List<Runnable> prepare() {
          peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
          return List.of(SchedulerTest::spin, SchedulerTest::spin);
        }

        @Override
        public void finished() {
          open.decrementAndGet();
        }
      });
    }

    new Scheduler(4, 2).run(accounts.iterator());

    assertThat(open.get()).isZero();
    assertThat(peakOpen.get()).as("open accounts never exceed the window").isLessThanOrEqualTo(4 + 2);
  }

  @Test
  void run_accountWithoutScopes_isFinishedToo() {
    Work empty = new Work(0, () -> { });

    new Scheduler(2, 1).run(List.of(empty).iterator());

    assertThat(empty.finished.get()).isEqualTo(1);
  }

  @Test
  void run_aFailingTask_doesNotStopTheOthers() {
    AtomicInteger done = new AtomicInteger();
    Work work = new Work(5, () -> {
      if (done.incrementAndGet() == 2) {
        throw new IllegalStateException("boom");
      }
    });

    new Scheduler(2, 2).run(List.of(work).iterator());

    assertThat(done.get()).isEqualTo(5);
    assertThat(work.finished.get()).isEqualTo(1);
  }

  private static void spin() {
    CountDownLatch never = new CountDownLatch(1);
    try {
      never.await(2, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Work implements Scheduler.AccountWork {
    final int tasks;
    final Runnable task;
    final AtomicInteger finished = new AtomicInteger();

    Work(int tasks, Runnable task) {
      this.tasks = tasks;
      this.task = task;
    }

    @Override
    public List<Runnable> prepare() {
      List<Runnable> list = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        list.add(task);
      }
      return list;
    }

    @Override
    public void finished() {
      finished.incrementAndGet();
    }
  }
}
