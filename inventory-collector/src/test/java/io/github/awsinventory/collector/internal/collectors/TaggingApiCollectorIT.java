package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.InMemoryInventoryStore;
import io.github.awsinventory.collector.InventoryStores;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.types.BroadTier;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The broad tier against the emulator's Tagging API: tagged resources of services without a deep collector become
 * items typed by their ARN, exactly once; a resource a deep collector covers stays the deep collector's; the broad
 * tier's scopes are in the coverage; a broad item gone from the API is marked deleted.
 */
@AwsEmulatorTest
class TaggingApiCollectorIT {

  private static final List<ResourceType> TYPES = List.of(ResourceType.EC2_INSTANCE, BroadTier.TAGGING_API,
      BroadTier.TAGGING_API_GLOBAL);

  @Test
  void broadTier_findsTaggedResourcesOfOtherServices_once_andLeavesDeepOnesToTheirCollector(AwsEmulator aws) {
    EventBridgeClient events = aws.client(EventBridgeClient.builder(), ACCOUNT);
    String busArn = events.createEventBus(r -> r.name("jobs")
        .tags(t -> t.key("department").value("eng"), t -> t.key("Name").value("Jobs"))).eventBusArn();
    AthenaClient athena = aws.client(AthenaClient.builder(), ACCOUNT);
    athena.createWorkGroup(r -> r.name("analysts").tags(t -> t.key("team").value("ops")));
    String workGroupArn = "arn:aws:athena:us-east-1:" + ACCOUNT + ":workgroup/analysts";
    EventBridgeClient eventsEu = aws.client(EventBridgeClient.builder().region(Region.EU_WEST_1), ACCOUNT);
    eventsEu.createEventBus(r -> r.name("eu-jobs").tags(t -> t.key("team").value("ops")));
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String image = ec2.describeImages(r -> r.owners("amazon")).images().stream().findFirst()
        .map(i -> i.imageId()).orElse("ami-12c6146b");
    String instanceId = ec2.runInstances(r -> r.imageId(image).instanceType(InstanceType.T3_MICRO).minCount(1)
        .maxCount(1).tagSpecifications(t -> t.resourceType("instance").tags(g -> g.key("Name").value("web"))))
        .instances().get(0).instanceId();

    InMemoryInventoryStore store = InventoryStores.inMemory();
    CollectorRun run = CollectorRun.collect(aws, TYPES, store);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    Map<String, List<Resource>> byId = run.store.resources().stream()
        .collect(Collectors.groupingBy(Resource::resourceId));
    assertThat(byId).allSatisfy((id, items) -> assertThat(items).as(id).hasSize(1));
    Resource bus = byId.get(busArn).get(0);
    assertThat(bus.resourceType()).isEqualTo(ResourceType.of("events_event_bus"));
    assertThat(bus.name()).isEqualTo("Jobs");
    assertThat(bus.region()).isEqualTo("us-east-1");
    assertThat(bus.department()).isEqualTo("eng");
    assertThat(bus.tags()).containsEntry("department", "eng");
    assertThat(bus.attributes()).containsEntry("source", "tagging-api").containsEntry("arn_service", "events")
        .containsEntry("arn_resource", "event-bus/jobs");
    assertThat(bus.estimatedMonthlyCost()).isEmpty();
    assertThat(bus.costBasis()).hasValueSatisfying(basis -> assertThat(basis).contains("broad tier"));
    assertThat(byId.get(workGroupArn)).singleElement()
        .satisfies(group -> assertThat(group.resourceType()).isEqualTo(ResourceType.of("athena_workgroup")));
    assertThat(byId).as("a region outside the run").noneSatisfy((id, items) -> assertThat(id).contains("eu-west-1"));
    String instanceArn = "arn:aws:ec2:us-east-1:" + ACCOUNT + ":instance/" + instanceId;
    assertThat(byId.get(instanceArn)).singleElement().satisfies(instance -> {
      assertThat(instance.resourceType()).isEqualTo(ResourceType.EC2_INSTANCE);
      assertThat(BroadTier.isBroad(instance)).isFalse();
    });
    assertThat(run.report.scopes()).containsEntry(ScopeStatus.OK, 3);
    assertThat(store.scopeResults()).extracting(ScopeResult::resourceType)
        .contains(BroadTier.TAGGING_API, BroadTier.TAGGING_API_GLOBAL);

    events.deleteEventBus(r -> r.name("jobs"));
    CollectorRun again = CollectorRun.collect(aws, TYPES, store);

    assertThat(again.report.status()).isEqualTo(RunStatus.OK);
    assertThat(again.report.deletedResources()).isEqualTo(1);
    assertThat(store.resource(busArn)).isEmpty();
    assertThat(store.deleted()).singleElement().satisfies(d -> assertThat(d.resourceId()).isEqualTo(busArn));
    assertThat(store.resource(workGroupArn)).isPresent();
    assertThat(store.resource(instanceArn)).isPresent();
  }
}
