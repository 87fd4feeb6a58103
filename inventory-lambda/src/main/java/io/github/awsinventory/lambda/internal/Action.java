package io.github.awsinventory.lambda.internal;

import java.util.Map;

/** One of the function's actions. */
interface Action {

  /**
   * Runs the action.
   *
   * @param event the whole event
   * @param remainingMillis the invocation's remaining time ({@code Long.MAX_VALUE} outside Lambda)
   * @return the answer
   * @throws BadEventException when the event does not say what the action needs
   */
  Map<String, Object> run(Map<String, Object> event, long remainingMillis);
}
