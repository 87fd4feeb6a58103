package io.github.awsinventory.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InventoryExportTest {

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void jsonLines_roundTripUnicodeAndNestedAttributes() throws Exception {
    Resource resource = resource("vol-ünïcødé", "Département 🚀", "=cmd|' /C calc'!A0");
    StringWriter out = new StringWriter();

    long written = InventoryExport.write(Stream.of(resource, resource("vol-2", "b", "x")), InventoryExport.Format.JSONL,
        out);

    String[] lines = out.toString().split("\n");
    assertThat(written).isEqualTo(2);
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("resource_id").asText()).endsWith("vol-ünïcødé");
    assertThat(first.get("name").asText()).isEqualTo("Département 🚀");
    assertThat(first.get("tags").get("Team").asText()).isEqualTo("=cmd|' /C calc'!A0");
    assertThat(first.get("attributes").get("size_gib").decimalValue()).isEqualByComparingTo("100");
    assertThat(first.get("attributes").get("nested").get("list").get(1).asText()).isEqualTo("ü");
    assertThat(first.get("estimated_monthly_cost").decimalValue()).isEqualByComparingTo("8.00");
    assertThat(first.get("unknown_attributes").get(0).asText()).isEqualTo("encrypted");
    assertThat(first.fieldNames()).toIterable().containsExactlyElementsOf(InventoryExport.FIELDS);
  }

  @Test
  void csv_hasAHeaderRfc4180RecordsAndNeutralizedCells() {
    Resource resource = resource("vol-1", "=SUM(1+1)", "@danger");
    StringWriter out = new StringWriter();

    InventoryExport.write(Stream.of(resource), InventoryExport.Format.CSV, out);

    String[] records = out.toString().split("\r\n");
    assertThat(records[0]).isEqualTo(String.join(",", InventoryExport.FIELDS));
    assertThat(records[1]).contains(",'=SUM(1+1),").contains("8.00").contains(",encrypted")
        .contains("\"{\"\"Team\"\":\"\"@danger\"\"}\"");
    assertThat(out.toString()).endsWith("\r\n");
  }

  @Test
  void format_parsesWithAClearError() {
    assertThat(InventoryExport.Format.parse("JsonL")).isEqualTo(InventoryExport.Format.JSONL);
    assertThatThrownBy(() -> InventoryExport.Format.parse("xml")).hasMessageContaining("csv or jsonl")
        .hasMessageContaining("'xml'");
  }

  private static Resource resource(String id, String name, String team) {
    return Resource.builder().resourceId("arn:aws:ec2:us-east-1:111111111111:volume/" + id)
        .resourceType(ResourceType.EBS_VOLUME).accountId("111111111111").accountName("engineering")
        .region("us-east-1").name(name).state("available").department("platform").putTags("Team", team)
        .putAttributes("size_gib", 100).putAttributes("nested", Map.of("list", List.of("a", "ü")))
        .addUnknownAttributes("encrypted").firstSeen(T).lastSeen(T)
        .estimatedMonthlyCost(new BigDecimal("8.00")).costBasis("list-price 2026-11 us-east-1 x1.00").build();
  }
}
