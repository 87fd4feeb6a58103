package io.github.awsinventory.testkit.fault;

import java.util.Optional;

/**
 * A call that went through the injector, with the fault injected into it (if any) and the HTTP status
 * the client saw ({@code -1} when the connection was reset).
 */
public final class RecordedCall {

  private final AwsCall call;
  private final FaultRule fault;
  private final int status;
  private final long startedNanos;
  private final long finishedNanos;

  RecordedCall(AwsCall call, FaultRule fault, int status, long startedNanos, long finishedNanos) {
    this.call = call;
    this.fault = fault;
    this.status = status;
    this.startedNanos = startedNanos;
    this.finishedNanos = finishedNanos;
  }

  /**
   * The call.
   *
   * @return the call
   */
  public AwsCall call() {
    return call;
  }

  /**
   * The fault injected into it, other than latency.
   *
   * @return the rule that fired
   */
  public Optional<FaultRule> fault() {
    return Optional.ofNullable(fault);
  }

  /**
   * The HTTP status the client saw.
   *
   * @return the status, or -1 for a reset connection
   */
  public int status() {
    return status;
  }

  /**
   * When the call reached the injector, on the {@link System#nanoTime()} clock (before any injected latency).
   *
   * @return nanoseconds
   */
  public long startedNanos() {
    return startedNanos;
  }

  /**
   * When the call's answer went back to the client, on the {@link System#nanoTime()} clock.
   *
   * @return nanoseconds
   */
  public long finishedNanos() {
    return finishedNanos;
  }

  @Override
  public String toString() {
    return call + " -> " + status + (fault == null ? "" : " (" + fault + ")");
  }
}
