package io.github.awsinventory.model;

/** How a collection run ended as a whole. */
public enum RunStatus {
  /** Every scope completed. */
  OK,
  /** Some scopes failed; the others were collected and written. */
  PARTIAL,
  /** The run could not proceed (for example the table could not be written). */
  FAILED
}
