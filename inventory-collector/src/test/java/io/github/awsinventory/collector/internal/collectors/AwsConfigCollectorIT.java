package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.InMemoryInventoryStore;
import io.github.awsinventory.collector.InventoryStores;
import io.github.awsinventory.collector.internal.broad.AwsConfigCollector;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.types.BroadTier;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.MotoServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;

/**
 * The broad tier through AWS Config's advanced query against the emulator, whose Config answers the results a
 * test seeds (it evaluates no SQL): every recorded resource, tagged or not, becomes an item with its recorded
 * configuration, once; what a deep collector covers stays the deep collector's; deleted resources are not items;
 * global resources are the global scope's; a resource gone from Config's results is marked deleted.
 */
@AwsEmulatorTest
class AwsConfigCollectorIT {

  private static final List<ResourceType> TYPES = List.of(ResourceType.EC2_INSTANCE, BroadTier.AWS_CONFIG,
      BroadTier.AWS_CONFIG_GLOBAL);
  private static final CollectionSettings FROM_CONFIG = CollectionSettings.defaults().toBuilder()
      .broadTierSource(CollectionSettings.BroadSource.AWS_CONFIG).build();

  @Test
  void awsConfig_findsRecordedResourcesTaggedOrNot_once_withTheirConfiguration(AwsEmulator aws) {
    MotoServer moto = (MotoServer) aws;
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String image = ec2.describeImages(r -> r.owners("amazon")).images().stream().findFirst()
        .map(i -> i.imageId()).orElse("ami-12c6146b");
    String instanceId = ec2.runInstances(r -> r.imageId(image).instanceType(InstanceType.T3_MICRO).minCount(1)
        .maxCount(1)).instances().get(0).instanceId();
    String instanceArn = "arn:aws:ec2:us-east-1:" + ACCOUNT + ":instance/" + instanceId;
    String busArn = "arn:aws:events:us-east-1:" + ACCOUNT + ":event-bus/untagged-jobs";
    String endpointId = "vpce-0123456789abcdef0";
    String groupArn = "arn:aws:iam::" + ACCOUNT + ":group/admins";
    List<String> regional = List.of(
        recorded("AWS::Events::EventBus", busArn, "untagged-jobs", "us-east-1", "OK", "[]",
            "{\"VisibilityTimeout\": 30, \"SqsManagedSseEnabled\": true, \"DelaySeconds\": 0.5}"),
        recorded("AWS::EC2::Instance", instanceArn, instanceId, "us-east-1", "OK",
            "[{\"key\": \"Name\", \"value\": \"web\"}]", "{}"),
        recorded("AWS::EC2::VPCEndpoint", "", endpointId, "us-east-1", "OK",
            "[{\"key\": \"Department\", \"value\": \"platform\"}]", "{\"state\": \"available\"}"),
        recorded("AWS::SNS::Topic", "arn:aws:sns:us-east-1:" + ACCOUNT + ":gone", "gone", "us-east-1",
            "ResourceDeleted", "[]", "{}"));
    moto.seedConfigQuery(ACCOUNT, "us-east-1", AwsConfigCollector.expression("us-east-1"), regional);
    moto.seedConfigQuery(ACCOUNT, "us-east-1", AwsConfigCollector.expression("global"), List.of(
        recorded("AWS::IAM::Group", groupArn, "admins", "global", "OK", "[]", "{\"path\": \"/\"}")));

    InMemoryInventoryStore store = InventoryStores.inMemory();
    CollectorRun run = CollectorRun.collect(aws, TYPES, store, FROM_CONFIG);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    Map<String, List<Resource>> byId = store.resources().stream().collect(Collectors.groupingBy(Resource::resourceId));
    assertThat(byId).allSatisfy((id, items) -> assertThat(items).as(id).hasSize(1));
    assertThat(byId.keySet()).containsExactlyInAnyOrder(instanceArn, busArn, "AWS::EC2::VPCEndpoint/" + endpointId,
        groupArn);
    Resource bus = byId.get(busArn).get(0);
    assertThat(bus.resourceType()).isEqualTo(ResourceType.of("events_event_bus"));
    assertThat(bus.name()).isEqualTo("untagged-jobs");
    assertThat(bus.tags()).isEmpty();
    assertThat(bus.createdAt()).contains(Instant.parse("2026-10-01T08:00:00Z"));
    assertThat(bus.attributes()).containsEntry("source", "aws-config")
        .containsEntry("config_resource_type", "AWS::Events::EventBus").containsEntry("arn_service", "events")
        .containsEntry("configuration", Map.of("VisibilityTimeout", new BigDecimal("30"), "SqsManagedSseEnabled",
            true, "DelaySeconds", new BigDecimal("0.5")));
    assertThat(bus.estimatedMonthlyCost()).isEmpty();
    Resource endpoint = byId.get("AWS::EC2::VPCEndpoint/" + endpointId).get(0);
    assertThat(endpoint.resourceType()).as("typed by Config's name without an ARN")
        .isEqualTo(ResourceType.of("ec2_vpc_endpoint"));
    assertThat(endpoint.department()).isEqualTo("platform");
    assertThat(byId.get(instanceArn)).singleElement().satisfies(instance -> {
      assertThat(instance.resourceType()).isEqualTo(ResourceType.EC2_INSTANCE);
      assertThat(BroadTier.isBroad(instance)).as("the deep collector's item").isFalse();
    });
    assertThat(byId.get(groupArn)).singleElement().satisfies(group -> {
      assertThat(group.region()).isEqualTo("global");
      assertThat(group.resourceType()).isEqualTo(ResourceType.of("iam_group"));
    });
    assertThat(store.scopeResults()).extracting(ScopeResult::resourceType)
        .contains(BroadTier.AWS_CONFIG, BroadTier.AWS_CONFIG_GLOBAL).doesNotContain(BroadTier.TAGGING_API);

    moto.seedConfigQuery(ACCOUNT, "us-east-1", AwsConfigCollector.expression("us-east-1"),
        regional.subList(1, regional.size()));
    CollectorRun again = CollectorRun.collect(aws, TYPES, store, FROM_CONFIG);

    assertThat(again.report.status()).isEqualTo(RunStatus.OK);
    assertThat(again.report.deletedResources()).isEqualTo(1);
    assertThat(store.resource(busArn)).isEmpty();
    assertThat(store.resource(groupArn)).isPresent();
    assertThat(store.resource(instanceArn)).isPresent();
  }

  /** One result of SelectResourceConfig, as AWS Config writes it. */
  private static String recorded(String type, String arn, String id, String region, String status, String tags,
      String configuration) {
    return "{\"resourceId\": \"" + id + "\", \"resourceName\": \"" + (arn.isEmpty() ? "" : id)
        + "\", \"resourceType\": \"" + type + "\", " + (arn.isEmpty() ? "" : "\"arn\": \"" + arn + "\", ")
        + "\"awsRegion\": \"" + region + "\", \"accountId\": \"" + ACCOUNT + "\", "
        + "\"resourceCreationTime\": \"2026-10-01T08:00:00.000Z\", \"configurationItemStatus\": \"" + status
        + "\", \"tags\": " + tags + ", \"configuration\": " + configuration + "}";
  }
}
