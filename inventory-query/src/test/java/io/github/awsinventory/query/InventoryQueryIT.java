package io.github.awsinventory.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.StoreException;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.model.table.ResourceCodec;
import io.github.awsinventory.model.table.RunRecords;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Queries against a table written with a known history: 10 versions per resource, deletions, runs. */
@AwsEmulatorTest
class InventoryQueryIT {

  private static final String TABLE = "query-contract";
  private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
  private static final Instant EXPIRY = Instant.parse("2027-11-25T00:00:00Z");
  private static final String A = "111111111111";
  private static final String B = "222222222222";

  private static DynamoDbClient dynamoDb;
  private static InventoryQuery query;
  private static List<Resource> live;

  @BeforeAll
  static void writeTable(AwsEmulator aws) {
    dynamoDb = aws.client(DynamoDbClient.builder());
    InventoryTable.create(dynamoDb, TABLE);
    live = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      String account = i % 2 == 0 ? A : B;
      String region = i % 3 == 0 ? "eu-west-1" : "us-east-1";
      ResourceType type = i % 4 == 0 ? ResourceType.EC2_INSTANCE : ResourceType.EBS_VOLUME;
      String department = i % 5 == 0 ? "data" : "platform";
      Resource last = null;
      for (int version = 1; version <= 10; version++) {
        Instant seen = T0.plus(Duration.ofDays(version));
        last = resource(type, account, region, "r" + i, department).toBuilder().firstSeen(T0).lastSeen(seen)
            .putAttributes("size_gib", 10 * version).putTags("Version", "v" + version).build();
        Map<String, AttributeValue> current = ResourceCodec.currentItem(last);
        put(current);
        put(ResourceCodec.historyItem(current, seen, EXPIRY));
      }
      live.add(last);
    }
    Resource gone = resource(ResourceType.EBS_VOLUME, A, "us-east-1", "gone", "platform");
    put(ResourceCodec.deletedItem(gone, Instant.parse("2026-10-15T00:00:00Z"), EXPIRY));
    put(RunRecords.deletionItem(DeletedResource.builder().resourceId(gone.resourceId()).resourceType(gone.resourceType())
        .accountId(A).accountName("alpha").region("us-east-1").department("platform").name("gone")
        .lastMonthlyCost(new BigDecimal("8.00")).deletedAt(Instant.parse("2026-10-15T00:00:00Z")).runId("run-1").build(),
        EXPIRY));
    CollectionReport run = CollectionReport.builder().runId("run-2").startedAt(NOW.minusSeconds(60)).finishedAt(NOW)
        .status(RunStatus.OK).accounts(2).putScopes(ScopeStatus.OK, 1).putResourcesByType("ec2_instance", 6L).build();
    put(RunRecords.summaryItem(run, EXPIRY));
    put(RunRecords.indexItem(run, EXPIRY));
    put(RunRecords.scopeItem("run-2", ScopeResult.builder().accountId(A).accountName("alpha").region("us-east-1")
        .resourceType(ResourceType.EC2_INSTANCE).status(ScopeStatus.OK).resources(6).build(), EXPIRY));
    query = InventoryQuery.create(dynamoDb, TABLE, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void everyIndex_returnsEachLiveResourceOnce_despiteTenVersionsEach() {
    QueryStats before = query.stats();

    List<Resource> byType = new ArrayList<>();
    for (ResourceType type : List.of(ResourceType.EC2_INSTANCE, ResourceType.EBS_VOLUME)) {
      try (Stream<Resource> resources = query.resources(ResourceQuery.byType(type))) {
        resources.forEach(byType::add);
      }
    }
    List<Resource> byDepartment = Stream.of("data", "platform")
        .flatMap(d -> query.resources(ResourceQuery.byDepartment(d))).collect(Collectors.toList());
    List<Resource> byAccount = Stream.of(A, B).flatMap(a -> query.resources(ResourceQuery.byAccount(a)))
        .collect(Collectors.toList());

    for (List<Resource> result : List.of(byType, byDepartment, byAccount)) {
      assertThat(result).hasSize(23).extracting(Resource::resourceId).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(live.stream().map(Resource::resourceId).collect(Collectors.toList()));
      assertThat(result).allSatisfy(r -> assertThat(r.tags()).containsEntry("Version", "v10"));
    }
    QueryStats after = query.stats();
    assertThat(after.itemsRead() - before.itemsRead()).isEqualTo(after.itemsReturned() - before.itemsReturned())
        .isEqualTo(3 * 23);
  }

  @Test
  void typeWithinDepartmentAndWithinAccount_areNarrowedByTheSortKey() {
    long expectedInAccount = live.stream().filter(r -> r.accountId().equals(A)
        && r.resourceType().equals(ResourceType.EBS_VOLUME)).count();
    long expectedInDepartment = live.stream().filter(r -> r.department().equals("data")
        && r.resourceType().equals(ResourceType.EC2_INSTANCE)).count();
    long expectedRegion = live.stream().filter(r -> r.accountId().equals(B) && r.region().equals("eu-west-1")
        && r.resourceType().equals(ResourceType.EBS_VOLUME)).count();

    assertThat(query.resources(ResourceQuery.byAccount(A).type(ResourceType.EBS_VOLUME))).hasSize((int) expectedInAccount);
    assertThat(query.resources(ResourceQuery.byDepartment("data").type(ResourceType.EC2_INSTANCE)))
        .hasSize((int) expectedInDepartment);
    assertThat(query.resources(ResourceQuery.byType(ResourceType.EBS_VOLUME).account(B).region("eu-west-1")))
        .hasSize((int) expectedRegion);
  }

  @Test
  void pages_coverEveryResourceOnce_withTokens() {
    ResourceQuery volumes = ResourceQuery.byType(ResourceType.EBS_VOLUME);
    Set<String> seen = new HashSet<>();
    int pages = 0;
    Page<Resource> page = query.page(volumes, PageRequest.first(4));
    while (true) {
      pages++;
      page.items().forEach(r -> assertThat(seen.add(r.resourceId())).isTrue());
      if (page.nextToken().isEmpty()) {
        break;
      }
      page = query.page(volumes, PageRequest.after(page.nextToken().get(), 4));
    }

    assertThat(seen).hasSize((int) live.stream().filter(r -> r.resourceType().equals(ResourceType.EBS_VOLUME)).count());
    assertThat(pages).isGreaterThanOrEqualTo(4);
  }

  @Test
  void pageToken_ofAnotherQuery_isRefusedClearly() {
    String token = query.page(ResourceQuery.byType(ResourceType.EBS_VOLUME), PageRequest.first(2)).nextToken().orElseThrow();

    assertThatThrownBy(() -> query.page(ResourceQuery.byAccount(A), PageRequest.after(token, 2)))
        .isInstanceOf(QueryException.class).hasMessageContaining("another query");
    assertThatThrownBy(() -> query.page(ResourceQuery.byAccount(A), PageRequest.after("garbage!!", 2)))
        .isInstanceOf(QueryException.class).hasMessageContaining("not a valid page token");
  }

  @Test
  void unknownDepartmentOrAccount_isEmptyNotAnError() {
    assertThat(query.resources(ResourceQuery.byDepartment("no-such-department"))).isEmpty();
    assertThat(query.resources(ResourceQuery.byAccount("999999999999"))).isEmpty();
  }

  @Test
  void history_isNewestFirstWithWhatChanged() {
    Resource resource = live.get(0);

    ResourceHistory history = query.history(resource.resourceId()).orElseThrow();

    assertThat(history.isLive()).isTrue();
    assertThat(history.current().tags()).containsEntry("Version", "v10");
    assertThat(history.versions()).hasSize(10);
    assertThat(history.versions()).extracting(ResourceVersion::recordedAt).isSortedAccordingTo(
        java.util.Comparator.reverseOrder());
    assertThat(history.versions().get(0).changes()).extracting(Change::toString)
        .containsExactly("tags.Version: v9 -> v10", "attributes.size_gib: 90 -> 100");
    assertThat(history.versions().get(9).changes()).isEmpty();
    assertThat(query.history("arn:aws:ec2:us-east-1:111111111111:volume/never")).isEmpty();
  }

  @Test
  void deletedResources_leaveTheIndexes_andAreFoundByDate() {
    ResourceHistory gone = query.history("arn:aws:ec2:us-east-1:111111111111:ebs_volume/gone").orElseThrow();

    assertThat(gone.isLive()).isFalse();
    assertThat(query.resources(ResourceQuery.byAccount(A))).noneMatch(r -> r.name().equals("gone"));
    assertThat(query.deletedSince(Instant.parse("2026-10-01T00:00:00Z"))).extracting(DeletedResource::name)
        .containsExactly("gone");
    assertThat(query.deletedSince(Instant.parse("2026-10-16T00:00:00Z"))).isEmpty();
  }

  @Test
  void runs_newestFirst_withTheirScopes() {
    CollectionReport latest = query.latestRun().orElseThrow();

    assertThat(latest.runId()).isEqualTo("run-2");
    assertThat(latest.resourcesByType()).containsEntry("ec2_instance", 6L);
    assertThat(query.scopeResults("run-2")).singleElement().satisfies(s -> assertThat(s.resources()).isEqualTo(6));
  }

  @Test
  void itemOfSomeoneElseInAnIndex_failsTheReadNamingTheTableAndItsKey() {
    put(Map.of("pk", AttributeValue.fromS("ORDER#42"), "sk", AttributeValue.fromS("LINE#1"),
        "account_id", AttributeValue.fromS("333333333333"), "account_sk", AttributeValue.fromS("order#42")));

    assertThatThrownBy(() -> query.resources(ResourceQuery.byAccount("333333333333")).count())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("table " + TABLE + " holds an item that is not an inventory resource")
        .hasMessageContaining("pk ORDER#42, sk LINE#1");
  }

  private static Resource resource(ResourceType type, String account, String region, String id, String department) {
    return Resource.builder().resourceId("arn:aws:ec2:" + region + ":" + account + ":" + type.name() + "/" + id)
        .resourceType(type).accountId(account).accountName(account.equals(A) ? "alpha" : "beta").region(region)
        .name(id).department(department).state("available").firstSeen(T0).lastSeen(T0)
        .estimatedMonthlyCost(new BigDecimal("8.00")).costBasis("test").build();
  }

  private static void put(Map<String, AttributeValue> item) {
    dynamoDb.putItem(r -> r.tableName(TABLE).item(item));
  }
}
