package io.github.awsinventory.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ResourceTest {

  @Test
  void build_normalizesJavaValuesToJsonLikeValues() {
    Resource r = ResourceArbitraries.sample("vol-1").toBuilder()
        .putAttributes("iops", 3000)
        .putAttributes("ratio", 0.5d)
        .putAttributes("launched", Instant.parse("2026-01-02T03:04:05Z"))
        .putAttributes("groups", Set.of("sg-1"))
        .putAttributes("nested", Map.of("b", 1L, "a", List.of(new BigDecimal("2.500"))))
        .build();

    assertThat(r.attributes().get("iops")).isEqualTo(new BigDecimal("3000"));
    assertThat(r.numberAttribute("iops")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3000"));
    assertThat(r.attributes().get("ratio")).isEqualTo(new BigDecimal("0.5"));
    assertThat(r.attributes().get("launched")).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(r.attributes().get("groups")).isEqualTo(List.of("sg-1"));
    assertThat(List.copyOf(((Map<?, ?>) r.attributes().get("nested")).keySet())).isEqualTo(List.of("a", "b"));
    assertThat(List.copyOf(r.attributes().keySet())).isSorted();
  }

  @Test
  void build_nullAttribute_isRejectedNamingTheKey() {
    Map<String, Object> attributes = new java.util.HashMap<>();
    attributes.put("encrypted", null);

    assertThatThrownBy(() -> ResourceArbitraries.sample("vol-1").toBuilder().attributes(attributes).build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("encrypted");
  }

  @Test
  void build_attributeBothKnownAndUnknown_isRejected() {
    assertThatThrownBy(() -> ResourceArbitraries.sample("vol-1").toBuilder().addUnknownAttributes("encrypted").build())
        .isInstanceOf(InvalidResourceException.class).hasMessageContaining("encrypted")
        .hasMessageContaining("resource " + ResourceArbitraries.sample("vol-1").resourceId() + ": ");
  }

  @Test
  void build_invalidAccountId_namesTheValue() {
    assertThatThrownBy(() -> ResourceArbitraries.sample("vol-1").toBuilder().accountId("1234").build())
        .hasMessageContaining("'1234'").hasMessageContaining("12 digits");
  }

  @Test
  void build_costWithoutBasis_isRejected() {
    assertThatThrownBy(() -> ResourceArbitraries.sample("vol-1").toBuilder().costBasis(java.util.Optional.empty()).build())
        .hasMessageContaining("costBasis");
  }

  @Test
  void unknownCost_isAbsentNotZero() {
    Resource r = ResourceArbitraries.sample("vol-1").toBuilder().estimatedMonthlyCost(java.util.Optional.empty())
        .costBasis("unknown: no list price for volume type io9").build();

    assertThat(r.estimatedMonthlyCost()).isEmpty();
    assertThat(r.costBasis()).contains("unknown: no list price for volume type io9");
  }

  @Property
  void contentHash_ignoresObservationTimesAndAccountName(@ForAll("resources") Resource r,
      @ForAll("durations") Duration shift) {
    Resource later = r.toBuilder().firstSeen(r.firstSeen().plus(shift)).lastSeen(r.lastSeen().plus(shift).plus(shift))
        .accountName("renamed").build();

    assertThat(later.contentHash()).isEqualTo(r.contentHash());
  }

  @Property
  void contentHash_seesEveryAttributeChange(@ForAll("resources") Resource r, @ForAll("keys") String key,
      @ForAll("values") Object value) {
    Assume.that(!r.isUnknown(key));
    Resource changed = r.toBuilder().putAttributes(key, value).build();

    if (changed.attributes().equals(r.attributes())) {
      assertThat(changed.contentHash()).isEqualTo(r.contentHash());
    } else {
      assertThat(changed.contentHash()).isNotEqualTo(r.contentHash());
    }
  }

  @Property
  void contentHash_seesStateTagDepartmentAndCostChanges(@ForAll("resources") Resource r) {
    assertThat(r.toBuilder().state(r.state().orElse("") + "x").build().contentHash()).isNotEqualTo(r.contentHash());
    assertThat(r.toBuilder().putTags("changed-tag", "v").build().contentHash()).isNotEqualTo(r.contentHash());
    assertThat(r.toBuilder().department(r.department() + "x").build().contentHash()).isNotEqualTo(r.contentHash());
    BigDecimal cost = r.estimatedMonthlyCost().orElse(BigDecimal.ZERO).add(new BigDecimal("0.01"));
    assertThat(r.toBuilder().estimatedMonthlyCost(cost).costBasis("b").build().contentHash())
        .isNotEqualTo(r.contentHash());
  }

  @Property
  void contentHash_doesNotDependOnInsertionOrder(@ForAll("resources") Resource r) {
    java.util.LinkedHashMap<String, Object> reversed = new java.util.LinkedHashMap<>();
    List<String> keys = new java.util.ArrayList<>(r.attributes().keySet());
    java.util.Collections.reverse(keys);
    keys.forEach(k -> reversed.put(k, r.attributes().get(k)));

    assertThat(r.toBuilder().attributes(reversed).build().contentHash()).isEqualTo(r.contentHash());
  }

  @Provide
  Arbitrary<Resource> resources() {
    return ResourceArbitraries.resources();
  }

  @Provide
  Arbitrary<Duration> durations() {
    return Arbitraries.longs().between(1, 10_000_000).map(Duration::ofSeconds);
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.of("size_gib", "encrypted", "new_key", "état");
  }

  @Provide
  Arbitrary<Object> values() {
    return ResourceArbitraries.jsonValue(1);
  }
}
