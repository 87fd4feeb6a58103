package io.github.awsinventory.collector.bench;

import io.github.awsinventory.collector.CollectionListener;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.InventoryStore;
import io.github.awsinventory.collector.InventoryStores;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import io.github.awsinventory.testkit.synthetic.SyntheticAwsHttpClient;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The collector's scale benchmark (not a test): a synthetic estate served through the SDK's HTTP layer,
 * with latency and throttling injected per call. Run it with {@code scripts/benchmark.sh}; each scenario
 * runs in its own JVM so that heap figures are comparable. Results are written up in
 * {@code docs/PERFORMANCE.md}.
 *
 * <p>Scenarios: {@code ratio} (wall time against the critical-path lower bound and against a sequential
 * run), {@code throttle} (attempts per call under 20 % injected throttling), {@code heap <accounts>} (peak
 * live heap for a number of accounts).
 */
public final class CollectorBenchmark {

  private static final Duration LATENCY = Duration.ofMillis(50);
  private static final Duration TABLE_LATENCY = Duration.ofMillis(5);

  private CollectorBenchmark() {}

  public static void main(String[] args) {
    String scenario = args.length == 0 ? "ratio" : args[0];
    switch (scenario) {
      case "ratio":
        ratio();
        break;
      case "throttle":
        throttle();
        break;
      case "heap":
        heap(Integer.parseInt(args[1]));
        break;
      default:
        throw new IllegalArgumentException("scenario must be ratio, throttle or heap <accounts> (was " + scenario + ")");
    }
  }

  /** Wall time against the lower bound, at two concurrencies, and against a sequential run. */
  private static void ratio() {
    int accounts = 100;
    List<String> regions = List.of("us-east-1", "eu-west-1");
    int instances = 10;
    int pageSize = 5;
    run(accounts, regions, instances, pageSize, 16, 4, 0.0, LATENCY);
    print("scenario ratio: %d accounts x %d regions x ec2_instance, %d instances per scope in pages of %d, "
        + "%d ms per API call (%d ms per table call)", accounts, regions.size(), instances, pageSize,
        LATENCY.toMillis(), TABLE_LATENCY.toMillis());
    for (int concurrency : new int[] {16, 64}) {
      Result r = run(accounts, regions, instances, pageSize, concurrency, Math.max(4, concurrency / 8), 0.0, LATENCY);
      long pages = (instances + pageSize - 1) / pageSize;
      long chain = 2 + pages;
      double bound = LATENCY.toMillis() * Math.max(chain, Math.ceil((double) r.calls / concurrency));
      print("concurrency %3d: wall %6d ms, lower bound %6.0f ms (chain %d calls, %d calls / %d), ratio %.2f, "
          + "CPU %d ms", concurrency, r.wallMillis, bound, chain, r.calls, concurrency, r.wallMillis / bound, r.cpuMillis);
      print("                 AssumeRole per account %.2f, BatchWriteItem calls %d vs ceil(items/25) = %d "
          + "(%d items)", (double) r.report.assumeRoleCalls() / accounts, r.batchWrites,
          (r.items + 24) / 25, r.items);
    }
    Result sequential = run(accounts, regions, instances, pageSize, 1, 1, 0.0, LATENCY);
    Result parallel = run(accounts, regions, instances, pageSize, 16, 4, 0.0, LATENCY);
    print("sequential (max_concurrency 1): wall %d ms; default (16/4): %d ms; speed-up %.1fx",
        sequential.wallMillis, parallel.wallMillis, (double) sequential.wallMillis / parallel.wallMillis);
  }

  /** Attempts per logical call under 20 % injected throttling. */
  private static void throttle() {
    int accounts = 50;
    run(10, List.of("us-east-1"), 10, 10, 16, 4, 0.0, Duration.ofMillis(1));
    Result r = run(accounts, List.of("us-east-1", "eu-west-1"), 100, 50, 16, 4, 0.2, Duration.ofMillis(10));
    print("scenario throttle: %d accounts, 20 %% of collection calls throttled, %d ms per call", accounts, 10);
    print("status %s, scopes %s, EC2 HTTP attempts %d for %d logical EC2 calls: %.2f attempts per call (cap %d)",
        r.report.status(), r.report.scopes(), r.attempts, r.attempts - r.throttled,
        (double) r.attempts / (r.attempts - r.throttled), 6);
    print("resources %d (expected %d)", r.report.resources(), accounts * 2L * 100);
  }

  /**
   * Peak live heap for a number of accounts: the heap in use right after a full collection, sampled ten
   * times during the run (retained memory, not garbage that has not been collected yet).
   */
  private static void heap(int accounts) {
    long checkpoints = 10;
    AtomicLong finished = new AtomicLong();
    AtomicLong peak = new AtomicLong(liveHeap());
    CollectionListener sampler = new CollectionListener() {
      @Override
      public void scopeFinished(ScopeResult result) {
        if (finished.incrementAndGet() % Math.max(1, accounts / checkpoints) == 0) {
          peak.accumulateAndGet(liveHeap(), Math::max);
        }
      }
    };
    Result r = run(accounts, List.of("us-east-1"), 100, 100, 16, 4, 0.0, Duration.ofMillis(1), sampler);
    print("scenario heap: %d accounts, %d resources, %d items written in %d BatchWriteItem calls (ceil(n/25) = %d) "
        + "in %d ms: peak live heap %.1f MiB", accounts, r.report.resources(), r.items, r.batchWrites,
        (r.items + 24) / 25, r.wallMillis, peak.get() / 1048576.0);
  }

  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static Result run(int accounts, List<String> regions, int instances, int pageSize, int concurrency,
      int perAccount, double throttling, Duration latency) {
    return run(accounts, regions, instances, pageSize, concurrency, perAccount, throttling, latency, null);
  }

  private static Result run(int accounts, List<String> regions, int instances, int pageSize, int concurrency,
      int perAccount, double throttling, Duration latency, CollectionListener listener) {
    SyntheticAwsHttpClient aws = SyntheticAwsHttpClient.builder().regions(regions).instancesPerScope(instances)
        .pageSize(pageSize).build();
    FaultInjector faults = FaultInjector.withSeed(42).recordCalls(false);
    faults.add(FaultRule.latency(latency).service("sts"));
    faults.add(FaultRule.latency(latency).service("ec2"));
    faults.add(FaultRule.latency(TABLE_LATENCY).service("dynamodb"));
    FaultRule throttle = throttling > 0
        ? faults.add(FaultRule.throttling().service("ec2").probability(throttling)) : null;
    InventoryConfig.Builder config = InventoryConfig.builder().regions(regions)
        .addResourceTypes(ResourceType.EC2_INSTANCE)
        .collectionSettings(CollectionSettings.builder().maxConcurrency(concurrency).perAccountConcurrency(perAccount)
            .putRateLimits("ec2", 10_000.0).putRateLimits("sts", 10_000.0).build());
    for (int i = 0; i < accounts; i++) {
      String id = String.format("%012d", 100_000_000_000L + i);
      config.putAccounts("account-" + i, AccountConfig.builder().name("account-" + i).accountId(id)
          .roleName("InventoryRole").build());
    }
    URI endpoint = URI.create("http://synthetic.invalid");
    StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("base", "base"));
    try (DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
        .credentialsProvider(credentials).httpClient(faults.wrap(aws)).build();
        InventoryStore store = InventoryStores.dynamoDb(dynamoDb, "aws-inventory", Duration.ofDays(365), 4, 10,
            Duration.ofMillis(20), Duration.ofSeconds(1));
        InventoryCollector collector = InventoryCollector.builder().config(config.build()).store(store)
            .endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
            .httpClient(faults.wrap(aws)).scopeRetryBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
            .addListener(listener != null ? listener : new CollectionListener() { }).build()) {
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpuStart = os.getProcessCpuTime();
      long start = System.nanoTime();
      CollectionReport report = collector.run();
      long wall = (System.nanoTime() - start) / 1_000_000;
      long cpu = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
      long calls = faults.count("sts", "AssumeRole") + faults.count("ec2", "DescribeRegions")
          + faults.count("ec2", "DescribeInstances");
      return new Result(report, wall, calls, faults.count("ec2", "DescribeRegions")
          + faults.count("ec2", "DescribeInstances"),
          throttle == null ? 0 : throttle.injectedCount(), aws.batchWriteCalls(), aws.itemsWritten(), cpu);
    }
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }

  private static final class Result {
    final CollectionReport report;
    final long wallMillis;
    final long calls;
    final long attempts;
    final long throttled;
    final long batchWrites;
    final long items;
    final long cpuMillis;

    Result(CollectionReport report, long wallMillis, long calls, long attempts, long throttled, long batchWrites,
        long items, long cpuMillis) {
      this.cpuMillis = cpuMillis;
      this.report = report;
      this.wallMillis = wallMillis;
      this.calls = calls;
      this.attempts = attempts;
      this.throttled = throttled;
      this.batchWrites = batchWrites;
      this.items = items;
    }
  }
}
