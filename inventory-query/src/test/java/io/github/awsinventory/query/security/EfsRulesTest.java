package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EFS-001. */
class EfsRulesTest {

  @Test
  void efs001_unencryptedFileSystem_fails() {
    Resource fs = resource(ResourceType.EFS_FILE_SYSTEM, "fs-0abc").name("shared").putAttributes("encrypted", false)
        .build();

    assertThat(evaluate("EFS-001", fs)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactly(Map.entry("encrypted", false));
      assertThat(f.message()).isEqualTo("EFS file system shared (fs-0abc) is not encrypted (encrypted false)");
      assertThat(f.controls()).containsExactly(Control.cis("2.4.1"), Control.fsbp("EFS.1"));
    });
  }

  @Test
  void efs001_encryptedPasses_unknownIsUnknown() {
    Resource encrypted = resource(ResourceType.EFS_FILE_SYSTEM, "fs-1").putAttributes("encrypted", true).build();
    Resource unknown = resource(ResourceType.EFS_FILE_SYSTEM, "fs-2").addUnknownAttributes("encrypted").build();

    assertThat(evaluate("EFS-001", encrypted)).isEmpty();
    assertThat(evaluate("EFS-001", unknown)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }
}
