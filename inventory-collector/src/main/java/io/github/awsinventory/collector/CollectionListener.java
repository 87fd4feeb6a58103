package io.github.awsinventory.collector;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.ScopeResult;

/**
 * Hears what a run does, as it does it: for progress displays, metrics and logs. Methods are called
 * from the collector's worker threads, concurrently; keep them quick and thread-safe. An exception
 * thrown by a listener is logged and otherwise ignored.
 */
public interface CollectionListener {

  /**
   * The run started.
   *
   * @param runId the run
   * @param accounts accounts it will collect
   */
  default void runStarted(String runId, int accounts) {}

  /**
   * An account's scopes are known.
   *
   * @param accountId the account
   * @param scopes how many scopes it has
   */
  default void accountPlanned(String accountId, int scopes) {}

  /**
   * A scope finished, completed or not.
   *
   * @param result the scope's result
   */
  default void scopeFinished(ScopeResult result) {}

  /**
   * An API call or a scope is being retried.
   *
   * @param scope {@code account/region/type}
   * @param operation the API operation, or {@code scope} for a whole-scope retry
   * @param attempt the attempt about to be made (2 for the first retry)
   */
  default void retry(String scope, String operation, int attempt) {}

  /**
   * The run finished.
   *
   * @param report its report
   */
  default void runFinished(CollectionReport report) {}
}
