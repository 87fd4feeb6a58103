package io.github.awsinventory.collector.bench;

import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.TableRequests;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.testkit.MotoServer;
import io.github.awsinventory.testkit.fault.FaultInjector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * What a run writes and how many table requests it makes, on the moto emulator's real protocol path: the
 * {@code steady} and {@code round-trips} figures of {@code docs/PERFORMANCE.md}. Counts come from an interceptor on
 * the table's client (the emulator's own speed, not the latency, decides the wall time here, so none is reported).
 * Run with {@code scripts/benchmark.sh steady}.
 */
public final class TableBenchmark {

  private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
  private static final int ACCOUNTS = 4;
  private static final int INSTANCES = 150;

  private TableBenchmark() {}

  /**
   * Runs the scenario.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (MotoServer moto = MotoServer.start()) {
      steady(moto);
    }
  }

  private static void steady(MotoServer moto) {
    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.add(String.format("%012d", 210_000_000_000L + i));
    }
    for (String account : accounts) {
      for (String region : REGIONS) {
        Ec2Client ec2 = ec2(moto, account, region);
        for (int made = 0; made < INSTANCES; made += 50) {
          ec2.runInstances(r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(50).maxCount(50));
        }
      }
    }
    InventoryConfig.Builder config = InventoryConfig.builder().regions(REGIONS)
        .addResourceTypes(ResourceType.EC2_INSTANCE, ResourceType.EBS_VOLUME, ResourceType.SECURITY_GROUP)
        .collectionSettings(CollectionSettings.builder().maxConcurrency(16).perAccountConcurrency(4).build());
    for (String account : accounts) {
      config.putAccounts("a" + account, AccountConfig.builder().name("a" + account).accountId(account)
          .roleName("InventoryRole").build());
    }
    TableRequests requests = new TableRequests();
    DynamoDbClient dynamoDb = moto.configure(DynamoDbClient.builder())
        .overrideConfiguration(c -> c.addExecutionInterceptor(requests)).build();
    InventoryTable.create(dynamoDb, "benchmark");
    FaultInjector faults = FaultInjector.withSeed(7).recordCalls(true);
    InventoryConfig built = config.build();

    requests.reset();
    Run first = run(moto, built, dynamoDb, faults);
    long resources = first.report.resourcesByType().values().stream().mapToLong(Long::longValue).sum();
    long batched = requests.written() - requests.requests("PutItem");
    long reads = requests.requests("Query");
    long bound = (batched + 24) / 25 + (long) accounts.size() * REGIONS.size() + 2;
    print("scenario steady: %d accounts x %d regions, %d resources (ec2_instance, ebs_volume, security_group), "
        + "on the emulator", accounts.size(), REGIONS.size(), resources);
    print("round-trips, first run: %d table requests (%d BatchWriteItem for %d items, %d Query, %d PutItem); "
        + "bound ceil(items/25) + account x region reads + run records = %d + %d + 2 = %d; ratio %.2f",
        requests.requests(), requests.requests("BatchWriteItem"), batched, reads, requests.requests("PutItem"),
        (batched + 24) / 25, accounts.size() * REGIONS.size(), bound, (double) requests.requests() / bound);

    requests.reset();
    Run second = run(moto, built, dynamoDb, faults);
    print("unchanged second run: %d unchanged, resource items written %d, history %d; other writes: %d scope "
        + "results, %d coverage records, 2 run records (%d write units); %d table requests",
        second.report.unchangedResources(), requests.written("resource"), requests.written("history"),
        requests.written("run_scope"), requests.written("coverage"),
        requests.writeUnits("run_scope") + requests.writeUnits("coverage") + requests.writeUnits("run")
            + requests.writeUnits("run_index"), requests.requests());

    // 1 % of the resources change: a tag on evenly spread instances
    List<String[]> instances = new ArrayList<>();
    for (String account : accounts) {
      for (String region : REGIONS) {
        ec2(moto, account, region).describeInstancesPaginator(r -> r.maxResults(1000)).reservations().stream()
            .flatMap(r -> r.instances().stream()).map(Instance::instanceId).sorted()
            .forEach(id -> instances.add(new String[] {account, region, id}));
      }
    }
    long toChange = Math.max(1, resources / 100);
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < toChange; i++) {
      String[] instance = instances.get((int) (i * instances.size() / toChange));
      ec2(moto, instance[0], instance[1]).createTags(t -> t.resources(instance[2])
          .tags(g -> g.key("Owner").value("steady")));
      changed.add("arn:aws:ec2:" + instance[1] + ":" + instance[0] + ":instance/" + instance[2]);
    }
    requests.reset();
    Run third = run(moto, built, dynamoDb, faults);
    long resourceUnits = requests.writeUnits("resource") + requests.writeUnits("history")
        + requests.writeUnits("deletion");
    long needed = requests.writeUnitsOf(changed);
    print("1 %% changed (%d of %d): %d changed; resource write units %d, the changed items' own %d; ratio %.2f",
        changed.size(), resources, third.report.changedResources(), resourceUnits, needed,
        (double) resourceUnits / needed);
  }

  private static Run run(MotoServer moto, InventoryConfig config, DynamoDbClient dynamoDb, FaultInjector faults) {
    faults.clearCalls();
    try (InventoryCollector collector = InventoryCollector.builder().config(config).tableName("benchmark")
        .dynamoDbClient(dynamoDb).endpointOverride(moto.endpoint()).credentialsProvider(moto.credentialsProvider())
        .httpClient(faults.wrap(moto.httpClient())).region(moto.region()).build()) {
      long start = System.nanoTime();
      CollectionReport report = collector.run();
      long wall = (System.nanoTime() - start) / 1_000_000;
      if (report.scopes().size() != 1) {
        throw new IllegalStateException("not every scope completed: " + report.failedScopes());
      }
      return new Run(report, wall, faults.count(c -> true));
    }
  }

  private static Ec2Client ec2(MotoServer moto, String account, String region) {
    return moto.configure(Ec2Client.builder()).credentialsProvider(moto.credentialsFor(account))
        .region(Region.of(region)).build();
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }

  private record Run(CollectionReport report, long wallMillis, long awsCalls) {}
}
