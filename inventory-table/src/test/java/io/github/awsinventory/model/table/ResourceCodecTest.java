package io.github.awsinventory.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.InvalidResourceException;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceArbitraries;
import io.github.awsinventory.model.table.internal.ItemSize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ResourceCodecTest {

  private static final Instant EXPIRY = Instant.parse("2027-11-25T00:00:00Z");

  @Property(tries = 500)
  void currentItem_roundTrips(@ForAll("resources") Resource resource) {
    Map<String, AttributeValue> item = ResourceCodec.currentItem(resource);

    assertThat(ResourceCodec.fromItem(item)).isEqualTo(resource);
    assertThat(ResourceCodec.isLive(item)).isTrue();
    assertThat(ResourceCodec.contentHash(item)).contains(resource.contentHash());
  }

  @Property(tries = 200)
  void historyItem_roundTripsAndStaysOutOfTheIndexes(@ForAll("resources") Resource resource) {
    Map<String, AttributeValue> item = ResourceCodec.historyItem(resource, resource.lastSeen(), EXPIRY);

    assertThat(ResourceCodec.fromItem(item)).isEqualTo(resource);
    assertThat(item).doesNotContainKeys(TableLayout.TYPE_SK, TableLayout.DEPARTMENT_SK, TableLayout.ACCOUNT_SK);
    assertThat(item.get(TableLayout.SK).s()).isEqualTo("METADATA#" + TableLayout.timestamp(resource.lastSeen()));
    assertThat(item.get(TableLayout.TTL).n()).isEqualTo(String.valueOf(EXPIRY.getEpochSecond()));
  }

  @Property(tries = 100)
  void historyItem_fromTheEncodedCurrentItem_equalsTheOneFromTheResource(@ForAll("resources") Resource resource) {
    Map<String, AttributeValue> fromCurrent = ResourceCodec.historyItem(ResourceCodec.currentItem(resource),
        resource.lastSeen(), EXPIRY);

    assertThat(fromCurrent).isEqualTo(ResourceCodec.historyItem(resource, resource.lastSeen(), EXPIRY));
  }

  @Test
  void currentItem_hasTheDocumentedKeysAndAttributes() {
    Resource resource = ResourceArbitraries.sample("vol-1");

    Map<String, AttributeValue> item = ResourceCodec.currentItem(resource);

    assertThat(item.get("pk").s()).isEqualTo("RESOURCE#arn:aws:ec2:us-east-1:111111111111:volume/vol-1");
    assertThat(item.get("sk").s()).isEqualTo("METADATA#LATEST");
    assertThat(item.get("resource_type").s()).isEqualTo("ebs_volume");
    assertThat(item.get("account_id").s()).isEqualTo("111111111111");
    assertThat(item.get("department").s()).isEqualTo("platform");
    assertThat(item.get("type_sk").s()).isEqualTo("111111111111#us-east-1#" + resource.resourceId());
    assertThat(item.get("department_sk").s()).isEqualTo("ebs_volume#111111111111#us-east-1#" + resource.resourceId());
    assertThat(item.get("account_sk").s()).isEqualTo("ebs_volume#us-east-1#" + resource.resourceId());
    assertThat(item.get("tags").m()).containsEntry("Team", AttributeValue.fromS("core"));
    assertThat(item.get("attributes").m()).containsEntry("size_gib", AttributeValue.fromN("100"))
        .containsEntry("encrypted", AttributeValue.fromBool(false));
    assertThat(item.get("estimated_monthly_cost").n()).isEqualTo("8.00");
    assertThat(item.get("timestamp").s()).isEqualTo("2026-11-25T12:00:00.000Z");
    assertThat(item).containsKeys("first_seen", "last_seen", "content_hash", "name", "state", "item_type")
        .doesNotContainKeys("ttl", "deleted_at", "unknown_attributes");
  }

  @Test
  void unknownCost_isAbsentFromTheItem() {
    Resource resource = ResourceArbitraries.sample("vol-1").toBuilder()
        .estimatedMonthlyCost(java.util.Optional.empty()).costBasis("unknown: no price").build();

    Map<String, AttributeValue> item = ResourceCodec.currentItem(resource);

    assertThat(item).doesNotContainKey("estimated_monthly_cost");
    assertThat(item.get("cost_basis").s()).isEqualTo("unknown: no price");
  }

  @Test
  void deletedItem_leavesTheIndexesAndRecordsWhen() {
    Resource resource = ResourceArbitraries.sample("vol-1");
    Instant deletedAt = Instant.parse("2026-11-26T00:00:00Z");

    Map<String, AttributeValue> item = ResourceCodec.deletedItem(resource, deletedAt, EXPIRY);

    assertThat(ResourceCodec.isLive(item)).isFalse();
    assertThat(ResourceCodec.deletedAt(item)).contains(deletedAt);
    assertThat(item).doesNotContainKeys(TableLayout.TYPE_SK, TableLayout.DEPARTMENT_SK, TableLayout.ACCOUNT_SK);
    assertThat(ResourceCodec.fromItem(item)).isEqualTo(resource);
  }

  @Test
  void oversizedItem_isTrimmedLargestAttributeFirstAndNamesWhatWasDropped() {
    Resource resource = ResourceArbitraries.sample("sg-1").toBuilder()
        .putAttributes("ingress_rules", "x".repeat(300_000))
        .putAttributes("egress_rules", "y".repeat(150_000))
        .putAttributes("description", "small")
        .build();

    Map<String, AttributeValue> item = ResourceCodec.currentItem(resource);

    assertThat(ItemSize.of(item)).isLessThanOrEqualTo(ResourceCodec.MAX_ITEM_BYTES);
    assertThat(item.get("truncated_attributes").l()).extracting(AttributeValue::s).containsExactly("ingress_rules");
    Resource read = ResourceCodec.fromItem(item);
    assertThat(read.attributes()).containsKeys("egress_rules", "description").doesNotContainKey("ingress_rules");
    assertThat(read.isUnknown("ingress_rules")).isTrue();
  }

  @Test
  void itemTooLargeEvenWithoutAttributes_isRejectedNamingTheResource() {
    Resource.Builder builder = ResourceArbitraries.sample("huge").toBuilder();
    for (int i = 0; i < 200; i++) {
      builder.putTags("tag-" + i, "v".repeat(2_100));
    }
    Resource resource = builder.build();

    assertThatThrownBy(() -> ResourceCodec.currentItem(resource))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessageContaining(resource.resourceId()).hasMessageContaining("400");
  }

  @Test
  void numberOutsideDynamoDbRange_isRejectedNamingResourceAndAttribute() {
    Resource resource = ResourceArbitraries.sample("vol-1").toBuilder()
        .putAttributes("astronomical", new BigDecimal("1E+200")).build();

    assertThatThrownBy(() -> ResourceCodec.currentItem(resource))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessageContaining("vol-1").hasMessageContaining("attributes.astronomical");
  }

  @Test
  void numberWithMoreThan38Digits_isRoundedHalfEven() {
    Resource resource = ResourceArbitraries.sample("vol-1").toBuilder()
        .putAttributes("precise", new BigDecimal("1.234567890123456789012345678901234567895")).build();

    Resource read = ResourceCodec.fromItem(ResourceCodec.currentItem(resource));

    assertThat(read.numberAttribute("precise")).contains(new BigDecimal("1.2345678901234567890123456789012345679"));
  }

  @Provide
  Arbitrary<Resource> resources() {
    return ResourceArbitraries.resources();
  }
}
