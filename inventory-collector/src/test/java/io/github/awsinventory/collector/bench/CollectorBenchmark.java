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
 * live heap for a number of accounts), {@code wide} (one account with thousands of buckets, users and roles:
 * wall time against source calls × latency ÷ per-account concurrency).
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
      case "wide":
        wide();
        break;
      case "org":
        org();
        break;
      default:
        throw new IllegalArgumentException("scenario must be org, ratio, throttle, heap <accounts> or wide (was "
            + scenario + ")");
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

  /**
   * A thousand accounts in four regions at 50 ms per call, at the defaults (16 / 4) and at 64 / 8: wall time against
   * the critical-path bound, CPU per source call, and the table's round trips against their bound
   * {@code ceil(items / 25) + account × region reads + run records}.
   */
  private static void org() {
    int accounts = 1_000;
    List<String> regions = List.of("us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2");
    int instances = 10;
    int pageSize = 5;
    // warm-up: the JIT compiles the SDK's and the collector's hot paths (its CPU would count against the first run)
    run(300, regions, instances, pageSize, 64, 8, 0.0, LATENCY);
    print("scenario org: %d accounts x %d regions x ec2_instance, %d instances per scope in pages of %d, "
        + "%d ms per API call (%d ms per table call)", accounts, regions.size(), instances, pageSize,
        LATENCY.toMillis(), TABLE_LATENCY.toMillis());
    for (int[] c : new int[][] {{16, 4}, {64, 8}}) {
      Result r = run(accounts, regions, instances, pageSize, c[0], c[1], 0.0, LATENCY);
      long pages = (instances + pageSize - 1) / pageSize;
      long chain = 2 + pages;
      double bound = LATENCY.toMillis() * Math.max(chain, Math.ceil((double) r.calls / c[0]));
      long tableBound = (r.items + 24) / 25 + (long) accounts * regions.size() + 2;
      print("concurrency %2d/%d: status %s, wall %6d ms, bound %6.0f ms (%d calls / %d), ratio %.2f; "
          + "CPU %d ms, %.2f ms per source call", c[0], c[1], r.report.status(), r.wallMillis, bound, r.calls, c[0],
          r.wallMillis / bound, r.cpuMillis, (double) r.cpuMillis / r.calls);
      print("                 table requests %d (%d BatchWriteItem for %d items, %d Query, %d PutItem); bound %d "
          + "(ceil(items/25) %d + account x region %d + 2); ratio %.2f", r.tableRequests, r.batchWrites, r.items,
          r.tableReads, r.tableRequests - r.batchWrites - r.tableReads, tableBound, (r.items + 24) / 25,
          accounts * regions.size(), (double) r.tableRequests / tableBound);
    }
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

  /**
   * One account with 5,000 buckets, 2,000 users and 1,000 roles at 50 ms per call, at the default concurrency: wall
   * time against the bound {@code source calls × latency ÷ per_account_concurrency} (the account's detail calls
   * share that many permits; its few listing calls are counted in as if they did too), once with ListBuckets giving
   * each bucket's region (as S3 does) and once without (a GetBucketLocation per bucket). The scope timeout is raised
   * to 15 minutes: without BucketRegion the bucket scope needs more than the default 5.
   */
  private static void wide() {
    int buckets = 5_000;
    int users = 2_000;
    int roles = 1_000;
    int perAccount = 4;
    wideRun(50, 20, 10, true, perAccount, Duration.ofMillis(1));
    print("scenario wide: 1 account, %d buckets, %d users, %d roles, %d ms per API call (%d ms per table call), "
        + "max_concurrency 16, per_account_concurrency %d", buckets, users, roles, LATENCY.toMillis(),
        TABLE_LATENCY.toMillis(), perAccount);
    for (boolean regionInListing : new boolean[] {true, false}) {
      WideResult r = wideRun(buckets, users, roles, regionInListing, perAccount, LATENCY);
      double bound = (double) LATENCY.toMillis() * r.calls / perAccount;
      print("%s: status %s, scopes %s, %d resources, %d source calls (%s), max %d detail calls in flight",
          regionInListing ? "ListBuckets with BucketRegion" : "ListBuckets without BucketRegion",
          r.timed.report.status(), r.timed.report.scopes(), r.timed.report.resources(), r.calls, r.breakdown,
          r.maxDetailCalls);
      print("    wall %d ms, bound %.0f ms (%d calls x %d ms / %d), ratio %.2f, CPU %d ms (%.2f ms per call)",
          r.timed.wallMillis, bound, r.calls, LATENCY.toMillis(), perAccount, r.timed.wallMillis / bound,
          r.timed.cpuMillis, (double) r.timed.cpuMillis / r.calls);
    }
  }

  private static WideResult wideRun(int buckets, int users, int roles, boolean regionInListing, int perAccount,
      Duration latency) {
    SyntheticAwsHttpClient aws = SyntheticAwsHttpClient.builder().regions(List.of("us-east-1", "eu-west-1"))
        .buckets(buckets).bucketRegionInListing(regionInListing).users(users).roles(roles).pageSize(10_000).build();
    FaultInjector faults = FaultInjector.withSeed(42);
    for (String service : List.of("sts", "ec2", "s3", "iam")) {
      faults.add(FaultRule.latency(latency).service(service));
    }
    faults.add(FaultRule.latency(TABLE_LATENCY).service("dynamodb"));
    InventoryConfig config = InventoryConfig.builder().regions(List.of("us-east-1"))
        .addResourceTypes(ResourceType.S3_BUCKET, ResourceType.IAM_USER, ResourceType.IAM_ROLE)
        .collectionSettings(CollectionSettings.builder().maxConcurrency(16).perAccountConcurrency(perAccount)
            .timeoutSeconds(900).putRateLimits("s3", 10_000.0).putRateLimits("iam", 10_000.0).putRateLimits("sts", 10_000.0).build())
        .putAccounts("wide", AccountConfig.builder().name("wide").accountId("100000000000").roleName("InventoryRole")
            .build())
        .build();
    Timed timed = timed(aws, faults, config, null);
    long calls = faults.count(c -> !"dynamodb".equals(c.service()));
    List<String> detail = List.of("GetBucketLocation", "GetBucketEncryption", "GetPublicAccessBlock",
        "GetBucketVersioning", "GetBucketTagging");
    long location = faults.count("s3", "GetBucketLocation");
    long bucketCalls = detail.stream().mapToLong(op -> faults.count("s3", op)).sum() - location;
    long listings = faults.count("s3", "ListBuckets");
    long accountBlock = faults.count("s3", "GetAccountPublicAccessBlock");
    long authorization = faults.count("iam", "GetAccountAuthorizationDetails");
    long report = faults.count("iam", "GenerateCredentialReport") + faults.count("iam", "GetCredentialReport");
    long assumeRole = faults.count("sts", "AssumeRole");
    String breakdown = String.format(Locale.ROOT, "ListBuckets %d, account public access block %d, "
        + "GetBucketLocation %d, other bucket calls %d, GetAccountAuthorizationDetails %d, credential report %d, "
        + "AssumeRole %d, other %d", listings, accountBlock, location, bucketCalls, authorization, report, assumeRole,
        calls - listings - accountBlock - location - bucketCalls - authorization - report - assumeRole);
    int maxDetail = faults.maxConcurrent(c -> "s3".equals(c.service()) && detail.contains(c.operation()));
    return new WideResult(timed, calls, breakdown, maxDetail);
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
    Timed timed = timed(aws, faults, config.build(), listener);
    long calls = faults.count("sts", "AssumeRole") + faults.count("ec2", "DescribeRegions")
        + faults.count("ec2", "DescribeInstances");
    Result result = new Result(timed.report, timed.wallMillis, calls, faults.count("ec2", "DescribeRegions")
        + faults.count("ec2", "DescribeInstances"),
        throttle == null ? 0 : throttle.injectedCount(), aws.batchWriteCalls(), aws.itemsWritten(), timed.cpuMillis);
    result.tableReads = faults.count("dynamodb", "Query");
    result.tableRequests = result.tableReads + faults.count("dynamodb", "BatchWriteItem")
        + faults.count("dynamodb", "PutItem") + faults.count("dynamodb", "UpdateItem");
    return result;
  }

  /** One collection into a DynamoDB store on the synthetic endpoint: its report, wall time and process CPU time. */
  private static Timed timed(SyntheticAwsHttpClient aws, FaultInjector faults, InventoryConfig config,
      CollectionListener listener) {
    URI endpoint = URI.create("http://synthetic.invalid");
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("base", "base"));
    try (DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
        .credentialsProvider(credentials).httpClient(faults.wrap(aws)).build();
        InventoryStore store = InventoryStores.dynamoDb(dynamoDb, "aws-inventory", Duration.ofDays(365), 4, 10,
            Duration.ofMillis(20), Duration.ofSeconds(1));
        InventoryCollector collector = InventoryCollector.builder().config(config).store(store)
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
      return new Timed(report, wall, cpu);
    }
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }

  private record Timed(CollectionReport report, long wallMillis, long cpuMillis) {}

  private record WideResult(Timed timed, long calls, String breakdown, int maxDetailCalls) {}

  private static final class Result {
    final CollectionReport report;
    final long wallMillis;
    final long calls;
    final long attempts;
    final long throttled;
    final long batchWrites;
    final long items;
    final long cpuMillis;
    long tableReads;
    long tableRequests;

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
