package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;

class Ec2ImageCollectorTest {

  @Test
  void creationDate_readsTheIsoTimeAndNothingElse() {
    assertThat(Ec2ImageCollector.creationDate("2026-11-02T10:15:30.000Z"))
        .contains(Instant.parse("2026-11-02T10:15:30Z"));
    assertThat(Ec2ImageCollector.creationDate("last Tuesday")).isEmpty();
    assertThat(Ec2ImageCollector.creationDate(null)).isEmpty();
  }

  @Test
  void snapshotIds_areTheEbsMappingsSnapshots_skippingEphemeralDevices() {
    List<BlockDeviceMapping> mappings = List.of(
        BlockDeviceMapping.builder().deviceName("/dev/xvda").ebs(e -> e.snapshotId("snap-1")).build(),
        BlockDeviceMapping.builder().deviceName("/dev/sdb").virtualName("ephemeral0").build(),
        BlockDeviceMapping.builder().deviceName("/dev/sdc").ebs(e -> e.volumeSize(10)).build(),
        BlockDeviceMapping.builder().deviceName("/dev/sdd").ebs(e -> e.snapshotId("snap-2")).build());

    assertThat(Ec2ImageCollector.snapshotIds(mappings)).containsExactly("snap-1", "snap-2");
  }
}
