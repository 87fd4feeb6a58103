package io.github.awsinventory.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.testkit.dynamodb.DynamoDbJson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every item kind is written exactly as before, attribute for attribute ({@code known-items.json}), and read back
 * into the value it was written from; items written by release 0.1.0 ({@code release-0.1.0-items.json}, copied
 * from the previous-release table of inventory-query) are read.
 */
class TableItemsTest {

  private static final Map<String, Map<String, AttributeValue>> KNOWN = DynamoDbJson.namedItems(KnownItems.FILE);
  private static final Map<String, Map<String, AttributeValue>> RELEASE_0_1_0 =
      DynamoDbJson.namedItems("/io/github/awsinventory/model/table/release-0.1.0-items.json");

  @Test
  void currentItem_isWrittenAsBefore_andReadBack() {
    Map<String, AttributeValue> item = ResourceCodec.currentItem(KnownItems.resource());

    assertThat(item).isEqualTo(KNOWN.get("current"));
    assertThat(ResourceCodec.fromItem(KNOWN.get("current"))).isEqualTo(KnownItems.resource());
  }

  @Test
  void historyItem_isWrittenAsBefore_andReadBack() {
    Map<String, AttributeValue> item = ResourceCodec.historyItem(ResourceCodec.currentItem(KnownItems.resource()),
        KnownItems.VERSION, KnownItems.EXPIRY);

    assertThat(item).isEqualTo(KNOWN.get("history"));
    assertThat(ResourceCodec.fromItem(KNOWN.get("history"))).isEqualTo(KnownItems.resource());
  }

  @Test
  void deletedCurrentItem_isWrittenAsBefore_andReadBack() {
    Map<String, AttributeValue> item = ResourceCodec.deletedItem(KnownItems.resource(), KnownItems.DELETED_AT,
        KnownItems.EXPIRY);

    assertThat(item).isEqualTo(KNOWN.get("deleted"));
    assertThat(ResourceCodec.fromItem(KNOWN.get("deleted"))).isEqualTo(KnownItems.resource());
    assertThat(ResourceCodec.deletedAt(KNOWN.get("deleted"))).contains(KnownItems.DELETED_AT);
  }

  @Test
  void deletionRecord_isWrittenAsBefore_andReadBack() {
    Map<String, AttributeValue> item = RunRecords.deletionItem(KnownItems.deletion(), KnownItems.EXPIRY);

    assertThat(item).isEqualTo(KNOWN.get("deletion"));
    assertThat(RunRecords.deletionFromItem(KNOWN.get("deletion"))).isEqualTo(KnownItems.deletion());
  }

  @Test
  void runSummaryAndListEntry_areWrittenAsBefore_andReadBack() {
    Map<String, AttributeValue> summary = RunRecords.summaryItem(KnownItems.report(), KnownItems.EXPIRY);
    Map<String, AttributeValue> entry = RunRecords.indexItem(KnownItems.report(), KnownItems.EXPIRY);

    assertThat(summary).isEqualTo(KNOWN.get("run"));
    assertThat(entry).isEqualTo(KNOWN.get("run_index"));
    assertThat(RunRecords.reportFromItem(KNOWN.get("run"))).isEqualTo(KnownItems.report());
    assertThat(RunRecords.reportFromItem(KNOWN.get("run_index"))).isEqualTo(KnownItems.report());
  }

  @Test
  void scopeItem_isWrittenAsBefore_andReadBack() {
    Map<String, AttributeValue> item = RunRecords.scopeItem(KnownItems.RUN_ID, KnownItems.scope(), KnownItems.EXPIRY);

    assertThat(item).isEqualTo(KNOWN.get("run_scope"));
    assertThat(RunRecords.scopeFromItem(KNOWN.get("run_scope"))).isEqualTo(KnownItems.scope());
  }

  @Test
  void itemsOfRelease010_areRead() {
    assertThat(ResourceCodec.fromItem(RELEASE_0_1_0.get("live")).resourceId())
        .isEqualTo("arn:aws:ec2:eu-west-1:111111111111:instance/i-9d57cf6b8977bf5f3");
    assertThat(ResourceCodec.deletedAt(RELEASE_0_1_0.get("deleted"))).isPresent();
    assertThat(ResourceCodec.fromItem(RELEASE_0_1_0.get("history")).department()).isEqualTo("engineering");
    assertThat(RunRecords.deletionFromItem(RELEASE_0_1_0.get("deletion")).resourceId())
        .isEqualTo("arn:aws:lambda:eu-west-1:111111111111:function:eng-eu-worker");
    assertThat(RunRecords.reportFromItem(RELEASE_0_1_0.get("run")).newResources()).isEqualTo(131);
    assertThat(RunRecords.reportFromItem(RELEASE_0_1_0.get("run_index")).runId())
        .isEqualTo("20261206T212039Z-a5119409");
    assertThat(RunRecords.scopeFromItem(RELEASE_0_1_0.get("run_scope")).resourceType().name())
        .isEqualTo("dynamodb_table");
  }
}
