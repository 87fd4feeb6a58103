package io.github.awsinventory.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.StoreException;
import io.github.awsinventory.model.types.BroadTier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ScopeCoverageTest {

  private static final String ACCOUNT = "111111111111";
  private static final Instant ITEM_SEEN = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant EARLIER = Instant.parse("2026-11-30T00:00:00Z");
  private static final Instant LATER = Instant.parse("2026-12-07T10:00:00.123Z");

  @Test
  void lastSeen_isTheLaterOfTheItemAndItsScope_inItsRegion() {
    Resource volume = resource("ebs_volume", "eu-west-1", null);
    ScopeCoverage coverage = ScopeCoverage.builder()
        .put(ACCOUNT, "eu-west-1", ResourceType.EBS_VOLUME, new ScopeCoverage.Sighting(LATER, "run-2"))
        .put(ACCOUNT, "us-east-1", ResourceType.EC2_INSTANCE, new ScopeCoverage.Sighting(LATER, "run-2"))
        .build();

    assertThat(coverage.lastSeen(volume)).isEqualTo(LATER);
    assertThat(coverage.lastSeen(resource("ebs_volume", "us-east-1", null))).as("no scope of its region")
        .isEqualTo(ITEM_SEEN);
    assertThat(coverage.lastSeen(resource("ebs_volume", "eu-west-1", null).toBuilder().accountId("222222222222")
        .resourceId("arn:aws:ec2:eu-west-1:222222222222:volume/vol-1").build())).isEqualTo(ITEM_SEEN);
    assertThat(ScopeCoverage.builder()
        .put(ACCOUNT, "eu-west-1", ResourceType.EBS_VOLUME, new ScopeCoverage.Sighting(EARLIER, "run-0"))
        .build().lastSeen(volume)).as("an item written after its scope's last completion").isEqualTo(ITEM_SEEN);
    assertThat(ScopeCoverage.empty().lastSeen(volume)).isEqualTo(ITEM_SEEN);
  }

  @Test
  void lastSeen_ofAGlobalTypesResource_inItsOwnRegion_comesFromTheGlobalScope() {
    Resource bucket = resource("s3_bucket", "eu-west-1", null);
    ScopeCoverage coverage = ScopeCoverage.builder()
        .put(ACCOUNT, Resource.GLOBAL_REGION, ResourceType.S3_BUCKET, new ScopeCoverage.Sighting(LATER, "run-2"))
        .build();

    assertThat(coverage.lastSeen(bucket)).isEqualTo(LATER);
  }

  @Test
  void lastSeen_ofABroadResource_comesFromItsSourcesScope() {
    Resource broad = resource("ecs_task_definition", "us-east-1", BroadTier.TAGGING_API_SOURCE);
    Resource global = resource("cloudfront_function", Resource.GLOBAL_REGION, BroadTier.AWS_CONFIG_SOURCE);
    ScopeCoverage coverage = ScopeCoverage.builder()
        .put(ACCOUNT, "us-east-1", BroadTier.TAGGING_API, new ScopeCoverage.Sighting(LATER, "run-2"))
        .put(ACCOUNT, Resource.GLOBAL_REGION, BroadTier.AWS_CONFIG_GLOBAL, new ScopeCoverage.Sighting(LATER, "run-2"))
        .put(ACCOUNT, "us-east-1", ResourceType.of("ecs_task_definition"),
            new ScopeCoverage.Sighting(EARLIER, "run-1"))
        .build();

    assertThat(coverage.lastSeen(broad)).isEqualTo(LATER);
    assertThat(coverage.lastSeen(global)).isEqualTo(LATER);
    assertThat(coverage.lastSeen(resource("ecs_task_definition", "us-east-1", BroadTier.AWS_CONFIG_SOURCE)))
        .as("another source's scope").isEqualTo(ITEM_SEEN);
  }

  @Test
  void items_holdOneRecordPerRegion_andReadBackTheSame_andALaterSightingWins() {
    ScopeCoverage earlier = ScopeCoverage.builder()
        .put(ACCOUNT, "us-east-1", ResourceType.EC2_INSTANCE, new ScopeCoverage.Sighting(EARLIER, "run-1"))
        .put(ACCOUNT, "us-east-1", ResourceType.EBS_VOLUME, new ScopeCoverage.Sighting(LATER, "run-2"))
        .build();
    ScopeCoverage merged = ScopeCoverage.builder().putAll(earlier)
        .put(ACCOUNT, "us-east-1", ResourceType.EC2_INSTANCE, new ScopeCoverage.Sighting(LATER, "run-2"))
        .put(ACCOUNT, "us-east-1", ResourceType.EBS_VOLUME, new ScopeCoverage.Sighting(EARLIER, "run-1"))
        .put(ACCOUNT, Resource.GLOBAL_REGION, ResourceType.IAM_USER, new ScopeCoverage.Sighting(LATER, "run-2"))
        .build();

    List<Map<String, AttributeValue>> items = merged.items(ACCOUNT, List.of("us-east-1", "global", "eu-west-1"),
        LATER);

    assertThat(items).hasSize(2);
    assertThat(items.get(0)).containsEntry("pk", AttributeValue.fromS("COVERAGE"))
        .containsEntry("sk", AttributeValue.fromS(ACCOUNT + "#us-east-1"))
        .containsEntry("item_type", AttributeValue.fromS("coverage"));
    assertThat(items.get(0).get("scopes").m().get("ec2_instance").m()).containsEntry("seen_at",
        AttributeValue.fromS("2026-12-07T10:00:00.123Z")).containsEntry("run_id", AttributeValue.fromS("run-2"));
    ScopeCoverage read = ScopeCoverage.of(items);
    assertThat(read.size()).isEqualTo(3);
    assertThat(read.sighting(ACCOUNT, "us-east-1", ResourceType.EBS_VOLUME))
        .contains(new ScopeCoverage.Sighting(LATER, "run-2"));
    assertThat(read.sighting(ACCOUNT, "global", ResourceType.IAM_USER)).isPresent();
    assertThat(read.sighting(ACCOUNT, "eu-west-1", ResourceType.IAM_USER)).isEmpty();
  }

  @Test
  void anItemThatIsNotACoverageRecord_isRefusedWithItsKey() {
    Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("COVERAGE"),
        "sk", AttributeValue.fromS(ACCOUNT + "#us-east-1"), "account_id", AttributeValue.fromS(ACCOUNT),
        "region", AttributeValue.fromS("us-east-1"));

    assertThatThrownBy(() -> ScopeCoverage.of(List.of(item))).isInstanceOf(StoreException.class)
        .hasMessageContaining(ACCOUNT + "#us-east-1").hasMessageContaining("scopes");
  }

  private static Resource resource(String type, String region, String source) {
    Resource.Builder r = Resource.builder().resourceId("arn:aws:x:" + region + ":" + ACCOUNT + ":" + type + "/1")
        .resourceType(ResourceType.of(type)).accountId(ACCOUNT).accountName("alpha").region(region).name("1")
        .department("engineering").firstSeen(EARLIER).lastSeen(ITEM_SEEN);
    if (source != null) {
      BroadTier.SOURCE.put(r, source);
    }
    return r.build();
  }
}
