package io.github.awsinventory.collector.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scope the current thread is collecting: its deadline and counters, seen by the SDK interceptor.
 * Collectors run synchronously on the scope's thread, so every call they make is attributed to it.
 */
final class ScopeContext {

  private static final ThreadLocal<ScopeContext> CURRENT = new ThreadLocal<>();

  final String scope;
  final Instant deadline;
  final boolean runDeadline;
  final Clock clock;
  final AtomicLong apiCalls = new AtomicLong();

  ScopeContext(String scope, Instant deadline, boolean runDeadline, Clock clock) {
    this.scope = scope;
    this.deadline = deadline;
    this.runDeadline = runDeadline;
    this.clock = clock;
  }

  static ScopeContext current() {
    return CURRENT.get();
  }

  void enter() {
    CURRENT.set(this);
  }

  static void exit() {
    CURRENT.remove();
  }

  void checkDeadline() {
    if (!clock.instant().isBefore(deadline)) {
      throw new ScopeTimeoutException(scope + " passed its " + (runDeadline ? "run deadline" : "timeout")
          + " (" + deadline + ")");
    }
  }
}
