package io.github.awsinventory.query.security;

/** The outcome a {@link Finding} reports. A resource that passes a rule has no finding for it. */
public enum FindingStatus {
  /** The resource violates the rule. */
  FAIL,
  /**
   * The rule could not be evaluated: an attribute it needs was unknown at collection (listed in
   * {@code Resource.unknownAttributes()}) or missing. Neither a pass nor a fail.
   */
  UNKNOWN
}
