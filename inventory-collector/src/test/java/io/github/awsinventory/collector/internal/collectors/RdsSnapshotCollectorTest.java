package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rds.model.DBSnapshotAttribute;

class RdsSnapshotCollectorTest {

  @Test
  void sharing_readsOnlyTheRestoreAttribute_allMeaningEveryone() {
    RdsSnapshotCollector.Sharing sharing = RdsSnapshotCollector.Sharing.of(List.of(
        DBSnapshotAttribute.builder().attributeName("restore").attributeValues("333333333333", "all", "222222222222")
            .build(),
        DBSnapshotAttribute.builder().attributeName("other").attributeValues("444444444444").build()));

    assertThat(sharing.everyone()).isTrue();
    assertThat(sharing.accounts()).containsExactly("222222222222", "333333333333");
  }

  @Test
  void sharing_withoutRestoreValues_isPrivate() {
    RdsSnapshotCollector.Sharing sharing = RdsSnapshotCollector.Sharing.of(List.of(
        DBSnapshotAttribute.builder().attributeName("restore").build()));

    assertThat(sharing.everyone()).isFalse();
    assertThat(sharing.accounts()).isEmpty();
  }
}
