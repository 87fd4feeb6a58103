package io.github.awsinventory.lambda.internal;

/** An event that does not say what the action needs; the message names the field and the fix. */
public final class BadEventException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadEventException(String message) {
    super(message);
  }
}
