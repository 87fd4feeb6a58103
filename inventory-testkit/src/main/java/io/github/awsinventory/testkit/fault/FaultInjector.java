package io.github.awsinventory.testkit.fault;

import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.internal.FaultInjectingHttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * Injects faults into the AWS calls of the clients whose HTTP client it {@linkplain #wrap wraps}, and
 * records every call.
 *
 * <p>Decisions are reproducible: a rule with a probability below 1 decides the n-th matching call of each
 * (service, operation, account, region) stream from the seed, the rule and n alone, so the same test
 * sees the same faults in every run whatever the thread interleaving across streams.
 *
 * <p>Thread-safe; rules may be added and removed while calls are in flight.
 */
public final class FaultInjector {

  private final long seed;
  private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicLong> streams = new ConcurrentHashMap<>();
  private final Map<String, String> accountByAccessKey = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> callCounts = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<RecordedCall> calls = new ConcurrentLinkedQueue<>();
  private volatile String defaultAccountId = AwsEmulator.DEFAULT_ACCOUNT_ID;
  private volatile boolean recordCalls = true;

  private FaultInjector(long seed) {
    this.seed = seed;
  }

  /**
   * Creates an injector without rules.
   *
   * @param seed the seed of every probabilistic decision
   * @return the injector
   */
  public static FaultInjector withSeed(long seed) {
    return new FaultInjector(seed);
  }

  /**
   * Adds a rule; rules are tried in the order added.
   *
   * @param rule the rule
   * @return the rule, to count its injections later
   */
  public FaultRule add(FaultRule rule) {
    rules.add(Objects.requireNonNull(rule, "rule"));
    return rule;
  }

  /**
   * Builds and adds a rule.
   *
   * @param rule the rule's builder
   * @return the rule, to count its injections later
   */
  public FaultRule add(FaultRule.Builder rule) {
    return add(rule.build());
  }

  /**
   * Removes a rule.
   *
   * @param rule the rule
   */
  public void remove(FaultRule rule) {
    rules.remove(rule);
  }

  /** Removes every rule. */
  public void clearRules() {
    rules.clear();
  }

  /** Forgets the recorded calls and counts. */
  public void clearCalls() {
    calls.clear();
    callCounts.clear();
  }

  /**
   * Whether to keep every call in {@link #calls()} (the default); counts are always kept. Turn off for
   * benchmarks with very many calls.
   *
   * @param record true to record
   * @return this injector
   */
  public FaultInjector recordCalls(boolean record) {
    this.recordCalls = record;
    return this;
  }

  /**
   * The account of calls signed with an access key the injector has not seen issued by AssumeRole.
   *
   * @param accountId the account of the base credentials; default {@link AwsEmulator#DEFAULT_ACCOUNT_ID}
   * @return this injector
   */
  public FaultInjector defaultAccount(String accountId) {
    this.defaultAccountId = accountId;
    return this;
  }

  /**
   * Declares the account of an access key (keys issued by AssumeRole through a wrapped client are
   * learned automatically).
   *
   * @param accessKeyId the key
   * @param accountId its account
   */
  public void registerAccessKey(String accessKeyId, String accountId) {
    accountByAccessKey.put(accessKeyId, accountId);
  }

  /**
   * Declares the account of credentials obtained outside the wrapped clients (for example from
   * {@link AwsEmulator#credentialsFor(String)}).
   *
   * @param credentials the credentials
   * @param accountId their account
   */
  public void registerAccount(AwsCredentialsProvider credentials, String accountId) {
    registerAccessKey(credentials.resolveCredentials().accessKeyId(), accountId);
  }

  /**
   * Wraps an HTTP client. Closing the wrapper does not close the delegate.
   *
   * @param delegate the HTTP client that really sends requests
   * @return the fault-injecting client
   */
  public SdkHttpClient wrap(SdkHttpClient delegate) {
    return new FaultInjectingHttpClient(delegate, this);
  }

  /**
   * Every call so far, in the order they completed.
   *
   * @return the calls
   */
  public List<RecordedCall> calls() {
    return new ArrayList<>(calls);
  }

  /**
   * How many calls of an operation were sent (retries included).
   *
   * @param service the signing name
   * @param operation the operation
   * @return the count
   */
  public long count(String service, String operation) {
    LongAdder adder = callCounts.get(service + ":" + operation);
    return adder == null ? 0 : adder.sum();
  }

  /**
   * How many recorded calls satisfy a condition.
   *
   * @param condition the condition
   * @return the count
   */
  public long count(Predicate<AwsCall> condition) {
    return calls.stream().map(RecordedCall::call).filter(condition).count();
  }

  /**
   * How many faults (other than latency) were injected in total.
   *
   * @return the count
   */
  public long injectedCount() {
    return rules.stream().filter(r -> r.kind() != FaultRule.Kind.LATENCY).mapToLong(FaultRule::injectedCount).sum();
  }

  // ------------------------------------------------------------------------------ used by the HTTP client

  /** What to do with one call. */
  public static final class Decision {
    private final long latencyNanos;
    private final FaultRule fault;

    Decision(long latencyNanos, FaultRule fault) {
      this.latencyNanos = latencyNanos;
      this.fault = fault;
    }

    /**
     * Latency to add before anything else.
     *
     * @return nanoseconds
     */
    public long latencyNanos() {
      return latencyNanos;
    }

    /**
     * The fault to inject, or null to send the call as is.
     *
     * @return the rule
     */
    public FaultRule fault() {
      return fault;
    }
  }

  /**
   * Decides what happens to a call. Used by the wrapping HTTP client.
   *
   * @param call the call
   * @return the decision
   */
  public Decision decide(AwsCall call) {
    long latency = 0;
    FaultRule fired = null;
    for (int i = 0; i < rules.size(); i++) {
      FaultRule rule = rules.get(i);
      boolean isLatency = rule.kind() == FaultRule.Kind.LATENCY;
      if ((!isLatency && fired != null) || !rule.matches(call)) {
        continue;
      }
      if (rule.matches.incrementAndGet() <= rule.afterMatches() || !chance(rule, i, call)) {
        continue;
      }
      if (rule.injected.incrementAndGet() > rule.times()) {
        rule.injected.decrementAndGet();
        continue;
      }
      if (isLatency) {
        latency += rule.latency().toNanos();
      } else {
        fired = rule;
      }
    }
    return new Decision(latency, fired);
  }

  /**
   * Whether the n-th item of a batch is withheld by an unprocessed-items rule.
   *
   * @param rule the rule
   * @param call the call
   * @param item the item's position in the call
   * @return true to withhold it
   */
  public boolean withhold(FaultRule rule, AwsCall call, int item) {
    if (rule.fraction() >= 1) {
      return true;
    }
    long n = streams.computeIfAbsent("items|" + System.identityHashCode(rule) + "|" + call, k -> new AtomicLong())
        .incrementAndGet();
    return uniform(seed ^ 0x5DEECE66DL, call.hashCode(), n * 31 + item) < rule.fraction();
  }

  /**
   * Records a finished call. Used by the wrapping HTTP client.
   *
   * @param call the call
   * @param fault the fault injected, or null
   * @param status the status the client saw, -1 for a reset
   */
  public void record(AwsCall call, FaultRule fault, int status) {
    long now = System.nanoTime();
    record(call, fault, status, now);
  }

  /**
   * Records a finished call with the time it started, so that {@link #maxConcurrent} can tell which calls
   * overlapped. Used by the wrapping HTTP client.
   *
   * @param call the call
   * @param fault the fault injected, or null
   * @param status the status the client saw, -1 for a reset
   * @param startedNanos when the call reached the injector, on the {@link System#nanoTime()} clock
   */
  public void record(AwsCall call, FaultRule fault, int status, long startedNanos) {
    callCounts.computeIfAbsent(call.service() + ":" + call.operation(), k -> new LongAdder()).increment();
    if (recordCalls) {
      calls.add(new RecordedCall(call, fault, status, startedNanos, System.nanoTime()));
    }
  }

  /**
   * The largest number of recorded calls satisfying a condition that were in flight at the same moment: 1 when
   * they ran one after another, more when they overlapped.
   *
   * @param condition the condition
   * @return the largest overlap, 0 when no call satisfies it
   */
  public int maxConcurrent(Predicate<AwsCall> condition) {
    List<long[]> edges = new ArrayList<>();
    for (RecordedCall recorded : calls) {
      if (condition.test(recorded.call())) {
        edges.add(new long[] {recorded.startedNanos(), 1});
        edges.add(new long[] {recorded.finishedNanos(), -1});
      }
    }
    // At equal times an end comes before a start: touching calls did not overlap.
    edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    int inFlight = 0;
    int max = 0;
    for (long[] edge : edges) {
      inFlight += (int) edge[1];
      max = Math.max(max, inFlight);
    }
    return max;
  }

  /**
   * The account of an access key.
   *
   * @param accessKeyId the key, or null
   * @return the learned account, or the default account
   */
  public String accountOf(String accessKeyId) {
    return accessKeyId == null ? defaultAccountId : accountByAccessKey.getOrDefault(accessKeyId, defaultAccountId);
  }

  private boolean chance(FaultRule rule, int ruleIndex, AwsCall call) {
    double p = rule.probability();
    if (p >= 1) {
      return true;
    }
    if (p <= 0) {
      return false;
    }
    long n = streams.computeIfAbsent(ruleIndex + "|" + call, k -> new AtomicLong()).incrementAndGet();
    return uniform(seed + ruleIndex, call.hashCode(), n) < p;
  }

  private static double uniform(long a, long b, long c) {
    long h = mix(mix(mix(a) ^ b) ^ c);
    return (h >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
