package io.github.awsinventory.testkit.estate;

/** A CloudWatch Logs log group that never expires unless a retention is set. The name is the group name. */
public final class LogGroupSpec extends ResourceSpec<LogGroupSpec> {

  Integer retentionDays = null;
  String event;

  LogGroupSpec() {}

  /**
   * Sets the retention in days, one CloudWatch Logs accepts (e.g. 30) ({@link Traits#RETENTION}).
   *
   * @param days at least 1
   * @return this spec
   */
  public LogGroupSpec retentionDays(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("retentionDays must be >= 1 (was " + days + ")");
    }
    this.retentionDays = days;
    return this;
  }

  /**
   * Writes one event into a stream {@code estate} of the group, so that it stores bytes ({@link Traits#STORING}).
   *
   * @param message the event's message
   * @return this spec
   */
  public LogGroupSpec event(String message) {
    this.event = java.util.Objects.requireNonNull(message, "message");
    return this;
  }
}
