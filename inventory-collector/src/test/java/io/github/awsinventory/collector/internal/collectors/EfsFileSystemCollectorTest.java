package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.efs.model.FileSystemSize;

class EfsFileSystemCollectorTest {

  @Test
  void standardBytes_isTheStandardPart_orTheWholeSizeWithoutASplit() {
    assertThat(EfsFileSystemCollector.standardBytes(FileSystemSize.builder().value(300L).valueInStandard(100L)
        .valueInIA(200L).build())).isEqualTo(100L);
    assertThat(EfsFileSystemCollector.standardBytes(FileSystemSize.builder().value(300L).build())).isEqualTo(300L);
    assertThat(EfsFileSystemCollector.standardBytes(FileSystemSize.builder().value(300L).valueInIA(300L).build()))
        .isNull();
  }
}
