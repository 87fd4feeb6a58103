package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.ClusterSettingName;

class EcsClusterCollectorTest {

  @Test
  void batches_cutTheListIntoPartsOfAtMostTheSize() {
    List<Integer> all = IntStream.range(0, 205).boxed().collect(Collectors.toList());

    List<List<Integer>> batches = EcsClusterCollector.batches(all, 100);

    assertThat(batches).extracting(List::size).containsExactly(100, 100, 5);
    assertThat(batches.get(2)).containsExactly(200, 201, 202, 203, 204);
    assertThat(EcsClusterCollector.batches(List.of(), 100)).isEmpty();
  }

  @Test
  void containerInsights_isTheSettingsValue_orEmptyWithoutIt() {
    Cluster enhanced = Cluster.builder().settings(s -> s.name(ClusterSettingName.CONTAINER_INSIGHTS)
        .value("enhanced")).build();

    assertThat(EcsClusterCollector.containerInsights(enhanced)).contains("enhanced");
    assertThat(EcsClusterCollector.containerInsights(Cluster.builder().build())).isEmpty();
  }
}
