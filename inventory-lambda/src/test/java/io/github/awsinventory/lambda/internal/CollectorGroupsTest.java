package io.github.awsinventory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.ResourceCatalog;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.config.InventoryConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which collector each deployment jar registers ({@code src/packaging/<group>/collectors}) follows from the
 * catalogue: every built-in collector is in exactly the jar of its type's group. Run with
 * {@code -Dinventory.packaging.update=true} to rewrite the files after adding a type.
 */
class CollectorGroupsTest {

  private static final Path PACKAGING = Path.of("src/packaging");

  @Test
  void eachJarRegistersExactlyTheCollectorsOfItsGroup() throws IOException {
    Map<CollectorGroup, List<String>> expected = new EnumMap<>(CollectorGroup.class);
    for (CollectorGroup group : CollectorGroup.values()) {
      expected.put(group, new ArrayList<>());
    }
    for (ResourceCollector collector : ResourceCollectors.discover()) {
      TypeDescriptor descriptor = ResourceCatalog.builtIn().find(collector.type()).orElseThrow(() ->
          new AssertionError(collector.getClass().getName() + " collects " + collector.type()
              + ", which is not in the built-in catalogue"));
      expected.get(CollectorGroup.of(descriptor)).add(collector.getClass().getName());
    }
    boolean update = Boolean.getBoolean("inventory.packaging.update");
    for (CollectorGroup group : CollectorGroup.values()) {
      Path file = PACKAGING.resolve(group.id()).resolve("collectors");
      String text = String.join("\n", expected.get(group)) + "\n";
      if (update) {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("%s lists the %s group's collectors; run this test with -Dinventory.packaging.update=true to "
              + "rewrite it", file, group.id())
          .isEqualTo(text);
      assertThat(Files.readString(PACKAGING.resolve(group.id()).resolve("collector-group")).strip())
          .isEqualTo(group.id());
    }
  }

  @Test
  void everyBuiltInTypeHasOneGroup_andTheGroupsSplitTheCatalogue() {
    Set<ResourceType> all = ResourceCatalog.builtIn().descriptors().stream().map(TypeDescriptor::type)
        .collect(Collectors.toSet());
    List<ResourceType> grouped = new ArrayList<>();
    for (CollectorGroup group : CollectorGroup.values()) {
      group.types().forEach(d -> grouped.add(d.type()));
      List<TypeDescriptor> both = new ArrayList<>(group.types());
      both.retainAll(group.otherTypes());
      assertThat(both).as("types of %s and of another group", group.id()).isEmpty();
      assertThat(group.types().size() + group.otherTypes().size()).isEqualTo(all.size());
    }
    assertThat(grouped).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    assertThat(CollectorGroup.CORE.collects(ResourceType.EC2_INSTANCE)).isTrue();
    assertThat(CollectorGroup.CORE.collects(ResourceType.RDS_INSTANCE)).isTrue();
    assertThat(CollectorGroup.DATA.collects(ResourceType.RDS_INSTANCE)).isFalse();
    assertThat(CollectorGroup.CORE.collects(ResourceType.of("acme_widget"))).as("a plug-in's type").isTrue();
  }

  @Test
  void aGroupCollectsItsOwnConfiguredTypes_andOnlyTheCoreGroupRunsTheBroadTier() {
    InventoryConfig config = InventoryConfig.builder()
        .addResourceTypes(ResourceType.EC2_INSTANCE, ResourceType.RDS_INSTANCE, ResourceType.of("tagging_api"))
        .build();

    InventoryConfig core = CollectorGroup.CORE.configFor(config).orElseThrow();
    assertThat(core.resourceTypes()).containsExactly(ResourceType.EC2_INSTANCE, ResourceType.RDS_INSTANCE,
        ResourceType.of("tagging_api"));
    assertThat(core.collectionSettings().broadTier()).isTrue();
    assertThat(CollectorGroup.DATA.configFor(config)).as("no configured type is the data group's").isEmpty();

    InventoryConfig everything = InventoryConfig.builder().build();
    InventoryConfig app = CollectorGroup.APP.configFor(everything).orElseThrow();
    assertThat(app.resourceTypes()).as("none listed: every collector of the jar").isEmpty();
    assertThat(app.collectionSettings().broadTier()).isFalse();
    assertThat(CollectorGroup.CORE.configFor(everything).orElseThrow().collectionSettings().broadTier()).isTrue();
  }

  @Test
  void onAClassPathWithoutAGroupResource_nothingIsSplit() {
    assertThat(CollectorGroup.current()).isEmpty();
  }
}
