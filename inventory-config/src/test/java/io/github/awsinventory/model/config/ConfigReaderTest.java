package io.github.awsinventory.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.ResourceType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

  private final ConfigReader reader = ConfigReader.standard();

  @Test
  void read_shippedExample_isValidWithoutWarnings() {
    ConfigReadResult result = reader.read(Path.of("..", "config", "accounts.json.example"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    InventoryConfig config = result.orThrow();
    assertThat(config.accounts()).containsOnlyKeys("management", "engineering", "marketing");
    AccountConfig engineering = config.accounts().get("engineering");
    assertThat(engineering.accountId()).isEqualTo("111111111111");
    assertThat(engineering.roleArn()).contains("arn:aws:iam::111111111111:role/InventoryRole");
    assertThat(engineering.department()).contains("engineering");
    assertThat(engineering.regions()).containsExactly("us-east-1", "eu-west-1");
    assertThat(engineering.tags()).containsEntry("Team", "core");
    assertThat(config.accounts().get("management").management()).isTrue();
    assertThat(config.accounts().get("management").roleArn()).isEmpty();
    assertThat(config.resourceTypes()).hasSize(43).containsExactlyElementsOf(ResourceType.builtIn());
    assertThat(config.regions()).containsExactly("us-east-1", "eu-west-1");
    assertThat(config.excludedRegions()).containsExactly("ap-south-2");
    assertThat(config.departmentTagKeys()).containsExactly("Department", "department", "CostCenter");
    assertThat(config.collectionSettings().maxConcurrency()).isEqualTo(16);
    assertThat(config.collectionSettings().perAccountConcurrency()).isEqualTo(4);
    assertThat(config.collectionSettings().timeoutSeconds()).isEqualTo(300);
    assertThat(config.collectionSettings().retryAttempts()).isEqualTo(3);
    assertThat(config.costThresholds().expensiveResourceMonthly()).isEqualByComparingTo("100");
    assertThat(config.costThresholds().idleResourceDays()).isEqualTo(30);
    assertThat(config.costThresholds().staleResourceDays()).isEqualTo(90);
    assertThat(config.history().retentionDays()).isEqualTo(365);
  }

  @Test
  void read_originalFormat_mapsShortTypeNamesAndKeepsDisabledAccounts() {
    ConfigReadResult result = reader.read(resource("original-format.json"));

    assertThat(result.errors()).isEmpty();
    InventoryConfig config = result.orThrow();
    assertThat(config.resourceTypes()).containsExactly(ResourceType.EC2_INSTANCE, ResourceType.RDS_INSTANCE,
        ResourceType.RDS_CLUSTER, ResourceType.S3_BUCKET, ResourceType.LAMBDA_FUNCTION);
    assertThat(config.enabledAccounts()).extracting(AccountConfig::name).containsExactly("engineering");
    assertThat(config.accounts().get("marketing").enabled()).isFalse();
    assertThat(config.excludedRegions()).containsExactly("ap-south-1");
    assertThat(config.regions()).isEmpty();
  }

  @Test
  void read_originalEnhancedFormat_readsLegacyLocationsWithWarnings() {
    ConfigReadResult result = reader.read(resource("original-enhanced-format.json"));

    assertThat(result.errors()).isEmpty();
    InventoryConfig config = result.orThrow();
    assertThat(config.regions()).containsExactly("us-east-1", "us-west-2", "eu-west-1");
    assertThat(config.resourceTypes()).hasSize(5);
    assertThat(config.costThresholds().expensiveResourceMonthly()).isEqualByComparingTo("500");
    assertThat(config.costThresholds().monthlyTotalAlert()).contains(new BigDecimal("10000"));
    assertThat(config.costThresholds().idleResourceDays()).isEqualTo(30);
    assertThat(paths(result.warnings())).contains("$.collection_settings.regions",
        "$.collection_settings.resource_types", "$.collection_settings.cost_thresholds.resource_alert",
        "$.collection_settings.optimization_rules.oversized_types", "$.notification_settings", "$.report_settings");
  }

  @Test
  void read_brokenFile_reportsEveryErrorWithPathValueAndFix() {
    ConfigReadResult result = reader.read(resource("broken.json"));

    assertThat(result.isValid()).isFalse();
    assertThat(result.config()).isEmpty();
    assertThat(paths(result.errors())).containsExactlyInAnyOrder(
        "$.accounts.engineering.account_id",
        "$.accounts.marketing",
        "$.accounts.finance.account_id",
        "$.accounts.finance.enabled",
        "$.resource_types[1]",
        "$.regions[1]",
        "$.collection_settings.max_concurrency",
        "$.collection_settings.retry_attempts",
        "$.cost_thresholds.expensive_resource_monthly",
        "$.history.retention_days");
    assertThat(result.errors()).allSatisfy(p -> assertThat(p.fix()).isNotBlank());
    assertThat(message(result, "$.accounts.engineering.account_id")).contains("12 digits").contains("12345");
    assertThat(message(result, "$.accounts.marketing")).contains("role_name").contains("management");
    assertThat(message(result, "$.accounts.finance.account_id")).contains("duplicate").contains("marketing");
    assertThat(message(result, "$.resource_types[1]")).contains("ec2_instanse").contains("did you mean ec2_instance?");
    assertThat(message(result, "$.regions[1]")).contains("us-east-9");
    assertThat(message(result, "$.collection_settings.max_concurrency")).contains(">= 1").contains("(was 0)");
    assertThat(paths(result.warnings())).containsExactly("$.colection_settings");
    assertThat(result.warnings().get(0).toString()).contains("did you mean collection_settings");
  }

  @Test
  void read_brokenFile_neverPrintsTheExternalId() {
    ConfigReadResult result = reader.read(resource("broken.json"));

    String everything = result.errors() + " " + result.warnings();
    assertThat(everything).doesNotContain("super-secret-external-id-value");
    assertThatThrownBy(result::orThrow).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("10 errors").hasMessageNotContaining("super-secret");
  }

  @Test
  void accountConfig_toString_redactsTheExternalId() {
    AccountConfig account = AccountConfig.builder().name("a").accountId("111111111111").roleName("InventoryRole")
        .externalId("do-not-print-me").build();

    assertThat(account.toString()).doesNotContain("do-not-print-me");
  }

  @Test
  void parse_invalidExternalId_isMaskedInTheError() {
    ConfigReadResult result = reader.parse("{\"accounts\": {\"a\": {\"account_id\": \"111111111111\","
        + " \"role_name\": \"R\", \"external_id\": \"bad id with spaces\"}}}", "inline");

    assertThat(result.errors()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.accounts.a.external_id");
      assertThat(p.value()).contains("<redacted, 18 characters>");
    });
  }

  @Test
  void parse_broadTierSource_awsConfigOrTheTaggingApi_andNothingElse() {
    String accounts = "\"accounts\": {\"a\": {\"account_id\": \"111111111111\", \"role_name\": \"R\"}}";

    InventoryConfig config = reader.parse("{" + accounts + ", \"collection_settings\": {\"broad_tier_source\": "
        + "\"aws_config\"}, \"resource_types\": [\"ec2_instance\", \"aws_config\", \"aws_config_global\"]}",
        "inline").orThrow();
    ConfigReadResult wrong = reader.parse("{" + accounts + ", \"collection_settings\": {\"broad_tier_source\": "
        + "\"cloudtrail\"}}", "inline");

    assertThat(config.collectionSettings().broadTierSource()).isEqualTo(CollectionSettings.BroadSource.AWS_CONFIG);
    assertThat(reader.parse("{" + accounts + "}", "inline").orThrow().collectionSettings().broadTierSource())
        .isEqualTo(CollectionSettings.BroadSource.TAGGING_API);
    assertThat(wrong.errors()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.collection_settings.broad_tier_source");
      assertThat(p.value()).contains("cloudtrail");
      assertThat(p.fix()).contains("tagging_api").contains("aws_config");
    });
  }

  @Test
  void parse_notJson_reportsLineAndColumn() {
    ConfigReadResult result = reader.parse("{\n  \"accounts\": {,\n}", "inline");

    assertThat(result.errors()).singleElement().satisfies(p ->
        assertThat(p.message()).contains("not valid JSON").contains("line 2"));
  }

  @Test
  void parse_duplicateKeys_areAnError() {
    ConfigReadResult result = reader.parse("{\"regions\": [\"us-east-1\"], \"regions\": [\"eu-west-1\"]}", "inline");

    assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("regions"));
  }

  @Test
  void parse_numericAccountId_asksForAString() {
    ConfigReadResult result = reader.parse(
        "{\"accounts\": {\"a\": {\"account_id\": 111111111111, \"role_name\": \"R\"}}}", "inline");

    assertThat(result.errors()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.accounts.a.account_id");
      assertThat(p.fix()).contains("\"111111111111\"");
    });
  }

  @Test
  void parse_noAccountsAndNoOrganization_isAnError() {
    ConfigReadResult result = reader.parse("{}", "inline");

    assertThat(paths(result.errors())).containsExactly("$.accounts");
  }

  @Test
  void parse_organizationOnly_isValid() {
    ConfigReadResult result = reader.parse("{\"organization\": {\"enabled\": true, \"exclude_accounts\": "
        + "[\"333333333333\"], \"department_tag\": \"CostCenter\"}}", "inline");

    InventoryConfig config = result.orThrow();
    assertThat(config.organization().enabled()).isTrue();
    assertThat(config.organization().roleName()).isEqualTo("InventoryRole");
    assertThat(config.organization().excludeAccounts()).containsExactly("333333333333");
    assertThat(config.organization().departmentTag()).isEqualTo("CostCenter");
  }

  @Test
  void parse_roleArnInAnotherAccount_isAnError() {
    ConfigReadResult result = reader.parse("{\"accounts\": {\"a\": {\"account_id\": \"111111111111\", "
        + "\"role_arn\": \"arn:aws:iam::222222222222:role/InventoryRole\"}}}", "inline");

    assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("222222222222"));
  }

  @Test
  void withResourceTypes_acceptsCustomTypes() {
    String json = "{\"accounts\": {\"a\": {\"account_id\": \"111111111111\", \"role_name\": \"R\"}}, "
        + "\"resource_types\": [\"acme_widget\"]}";

    assertThat(reader.parse(json, "inline").isValid()).isFalse();
    assertThat(ConfigReader.withResourceTypes(List.of(ResourceType.of("acme_widget"))).parse(json, "inline").orThrow()
        .resourceTypes()).containsExactly(ResourceType.of("acme_widget"));
  }

  @Test
  void read_missingFile_isAnErrorNotAnException() {
    ConfigReadResult result = reader.read(Path.of("does-not-exist.json"));

    assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("does not exist"));
  }

  private static Path resource(String name) {
    try {
      return Path.of(ConfigReaderTest.class.getResource("/config/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> paths(List<ConfigProblem> problems) {
    return problems.stream().map(ConfigProblem::path).collect(Collectors.toList());
  }

  private static String message(ConfigReadResult result, String path) {
    return result.errors().stream().filter(p -> p.path().equals(path)).map(ConfigProblem::toString)
        .collect(Collectors.joining(" | "));
  }
}
