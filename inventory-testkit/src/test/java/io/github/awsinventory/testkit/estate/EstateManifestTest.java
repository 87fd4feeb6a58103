package io.github.awsinventory.testkit.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstateManifestTest {

  private static final String A = "111111111111";
  private static final String B = "222222222222";

  private final BuiltResource openVolume = resource(ResourceTypes.EBS_VOLUME, A, "us-east-1", "vol-1")
      .trait(Traits.UNENCRYPTED).trait(Traits.UNATTACHED).tags(Map.of("department", "research")).build();
  private final BuiltResource safeVolume = resource(ResourceTypes.EBS_VOLUME, A, "eu-west-1", "vol-2")
      .trait(Traits.ENCRYPTED).build();
  private final BuiltResource user = resource(ResourceTypes.IAM_USER, B, BuiltResource.GLOBAL, "alice")
      .arn("arn:aws:iam::" + B + ":user/alice").trait(Traits.ACCESS_KEY).build();
  private final EstateManifest manifest = new EstateManifest(List.of(openVolume, safeVolume, user),
      List.of(new EstateAccount(A, "engineering", "engineering"), new EstateAccount(B, "data", "data-platform")),
      List.of("us-east-1", "eu-west-1"));

  @Test
  void filters_narrowByTypeAccountRegionAndTrait() {
    assertThat(manifest.ofType(ResourceTypes.EBS_VOLUME).ids()).containsExactly("vol-1", "vol-2");
    assertThat(manifest.in(A, "eu-west-1").ids()).containsExactly("vol-2");
    assertThat(manifest.withTrait(Traits.UNENCRYPTED).ids()).containsExactly("vol-1");
    assertThat(manifest.resources().withoutTrait(Traits.UNENCRYPTED).ids()).containsExactly("vol-2", "alice");
    assertThat(manifest.count(ResourceTypes.EBS_VOLUME, A, "us-east-1")).isEqualTo(1);
    assertThat(manifest.count(ResourceTypes.IAM_USER, B, BuiltResource.GLOBAL)).isEqualTo(1);
    assertThat(manifest.count(ResourceTypes.IAM_USER, A, BuiltResource.GLOBAL)).isZero();
  }

  @Test
  void only_whenTheSelectionHoldsSeveral_namesTheCount() {
    assertThatThrownBy(() -> manifest.ofType(ResourceTypes.EBS_VOLUME).only())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds 2");
  }

  @Test
  void departmentOf_prefersAnyCaseOfDepartment_thenCostCenter_thenTheAccount() {
    BuiltResource both = resource(ResourceTypes.S3_BUCKET, A, "us-east-1", "b")
        .tags(Map.of("CostCenter", "finance", "Department", "sales")).build();
    BuiltResource costCenter = resource(ResourceTypes.S3_BUCKET, A, "us-east-1", "c")
        .tags(Map.of("CostCenter", "finance")).build();

    assertThat(manifest.departmentOf(openVolume)).isEqualTo("research");
    assertThat(manifest.departmentOf(both)).isEqualTo("sales");
    assertThat(manifest.departmentOf(costCenter)).isEqualTo("finance");
    assertThat(manifest.departmentOf(safeVolume)).isEqualTo("engineering");
    assertThat(manifest.departmentOf(user)).isEqualTo("data-platform");
  }

  @Test
  void account_whenUnknown_namesTheEstatesAccounts() {
    assertThatThrownBy(() -> manifest.account("999999999999")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("999999999999").hasMessageContaining(A).hasMessageContaining(B);
  }

  @Test
  void writeAccountsConfig_listsAccountsRegionsAndOnlyTheTypesBuilt(@TempDir Path dir) throws Exception {
    Path written = manifest.writeAccountsConfig(dir.resolve("nested/accounts.json"));

    JsonNode config = new ObjectMapper().readTree(Files.readString(written));
    assertThat(config.get("accounts").get("engineering").get("account_id").asText()).isEqualTo(A);
    assertThat(config.get("accounts").get("data").get("department").asText()).isEqualTo("data-platform");
    assertThat(config.get("accounts").get("data").get("role_name").asText()).isEqualTo("InventoryRole");
    assertThat(config.get("accounts").get("data").get("regions").toString()).isEqualTo("[\"us-east-1\",\"eu-west-1\"]");
    assertThat(config.get("resource_types").toString()).isEqualTo("[\"ebs_volume\",\"iam_user\"]");
    assertThat(config.get("regions").toString()).isEqualTo("[\"us-east-1\",\"eu-west-1\"]");
    assertThat(config.get("department_tag_keys").toString()).isEqualTo("[\"Department\",\"CostCenter\"]");
  }

  private static BuiltResource.Builder resource(String type, String account, String region, String id) {
    return BuiltResource.builder(type, account, region).id(id).arn("arn:aws:test:" + region + ":" + account + ":" + id);
  }
}
