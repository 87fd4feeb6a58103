package io.github.awsinventory.lambda.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@code collect} of the core function in a deployment split by collector group: the same event, sent to the
 * function of each other group at once (marked {@code "dispatched": true}, so that it goes no further), and
 * their answers gathered when the core's own collection is done. Each group's function writes its own run; the
 * core's answer lists theirs under {@code groups}.
 */
final class GroupDispatch {

  /** The event field that marks a dispatched {@code collect}. */
  static final String DISPATCHED = "dispatched";

  /** Calls one function synchronously and returns its answer. */
  interface Invoker {
    /**
     * Invokes a function.
     *
     * @param function the function's (alias) ARN
     * @param event the event
     * @return the function's answer
     * @throws RuntimeException when the call fails or the function failed
     */
    Map<String, Object> invoke(String function, Map<String, Object> event);
  }

  private final Map<CollectorGroup, String> functions;
  private final Invoker invoker;

  GroupDispatch(Map<CollectorGroup, String> functions, Invoker invoker) {
    this.functions = Map.copyOf(functions);
    this.invoker = invoker;
  }

  /**
   * Whether an event is to be dispatched: a deployment with group functions, and an event not dispatched already.
   *
   * @param event the collect event
   * @return true to dispatch it
   */
  boolean applies(Map<String, Object> event) {
    return !functions.isEmpty() && !Boolean.TRUE.equals(event.get(DISPATCHED));
  }

  /**
   * Sends the event to every group's function.
   *
   * @param event the collect event
   * @return the invocations under way
   */
  Pending start(Map<String, Object> event) {
    Map<String, Object> dispatched = new LinkedHashMap<>(event);
    dispatched.put(DISPATCHED, true);
    ExecutorService pool = Executors.newFixedThreadPool(functions.size(), runnable -> {
      Thread thread = new Thread(runnable, "group-dispatch");
      thread.setDaemon(true);
      return thread;
    });
    Map<CollectorGroup, CompletableFuture<Map<String, Object>>> calls = new LinkedHashMap<>();
    for (CollectorGroup group : CollectorGroup.values()) {
      String function = functions.get(group);
      if (function != null) {
        calls.put(group, CompletableFuture.supplyAsync(() -> invoker.invoke(function, dispatched), pool));
      }
    }
    pool.shutdown();
    return new Pending(calls);
  }

  /** The invocations under way. */
  static final class Pending {
    private final Map<CollectorGroup, CompletableFuture<Map<String, Object>>> calls;

    private Pending(Map<CollectorGroup, CompletableFuture<Map<String, Object>>> calls) {
      this.calls = calls;
    }

    /**
     * Waits for every answer, at most {@code wait} in all.
     *
     * @param wait how long to wait
     * @return one entry per group, in group order: {@code group}, {@code status} and the function's answer —
     *     {@code "error"} with the reason when the call failed, {@code "running"} when it has not answered in time
     */
    List<Map<String, Object>> await(Duration wait) {
      long deadline = System.nanoTime() + wait.toNanos();
      List<Map<String, Object>> answers = new ArrayList<>();
      for (Map.Entry<CollectorGroup, CompletableFuture<Map<String, Object>>> call : calls.entrySet()) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("group", call.getKey().id());
        try {
          Map<String, Object> result = call.getValue().get(Math.max(0, deadline - System.nanoTime()),
              TimeUnit.NANOSECONDS);
          answer.put("status", String.valueOf(result.getOrDefault("status", "error")));
          result.forEach((key, value) -> {
            if (!key.equals("action") && !key.equals("status") && !key.equals("group")) {
              answer.put(key, value);
            }
          });
        } catch (TimeoutException e) {
          answer.put("status", "running");
          answer.put("error", "no answer within " + wait.toSeconds() + " s; its own run record tells how it ended");
        } catch (ExecutionException e) {
          answer.put("status", "error");
          answer.put("error", String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          answer.put("status", "error");
          answer.put("error", "interrupted while waiting");
        }
        answers.add(answer);
      }
      return answers;
    }
  }
}
