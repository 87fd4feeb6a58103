package io.github.awsinventory.query.security;

/**
 * How serious a finding is, most serious first: reports sort by the declaration order.
 */
public enum Severity {
  /** Exposed to the internet in a way that is commonly exploited (open SSH, a public database). */
  CRITICAL,
  /** Data or credentials at risk (unencrypted storage, a user without MFA). */
  HIGH,
  /** A weakness that needs another failure to be exploited (IMDSv1, stale keys, old runtimes). */
  MEDIUM,
  /** Hygiene. */
  LOW
}
