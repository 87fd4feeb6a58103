package io.github.awsinventory.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.InMemoryInventoryStore;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.InventoryStores;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.estate.BuiltResource;
import io.github.awsinventory.testkit.estate.BuiltResources;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import io.github.awsinventory.testkit.estate.Traits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules over the collected standard estate: each rule fails exactly the resources that carry
 * its planted trait, and nothing is unknown.
 */
@AwsEmulatorTest
class StandardEstateSecurityIT {

  private static EstateManifest estate;
  private static SecurityReport report;

  @BeforeAll
  static void collectAndCheckTheEstate(AwsEmulator aws) throws Exception {
    estate = StandardEstate.build(aws);
    InventoryConfig config = InventoryConfig.load(
        estate.writeAccountsConfig(Files.createTempDirectory("estate").resolve("accounts.json")));
    InMemoryInventoryStore store = InventoryStores.inMemory();
    CollectionReport collection;
    try (InventoryCollector collector = InventoryCollector.builder().config(config).store(store)
        .endpointOverride(aws.endpoint()).credentialsProvider(aws.credentialsProvider())
        .httpClient(aws.httpClient()).region(aws.region()).build()) {
      collection = collector.run();
    }
    assertThat(collection.status()).as(collection.failedScopes() + " " + collection.detailErrors())
        .isEqualTo(RunStatus.OK);
    report = SecurityCheck.builtIn().run(store.resources(), Instant.now());
  }

  private static Set<String> failed(String ruleId) {
    return report.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.status() == FindingStatus.FAIL)
        .map(Finding::resourceId).collect(Collectors.toSet());
  }

  private static Set<String> arns(String type, String... traits) {
    return Stream.of(traits).flatMap(trait -> estate.ofType(type).withTrait(trait).stream())
        .map(BuiltResource::arn).collect(Collectors.toSet());
  }

  @Test
  void eachRuleFailsExactlyThePlantedViolations() {
    assertThat(failed("EBS-001")).isEqualTo(arns("ebs_volume", Traits.UNENCRYPTED)).isNotEmpty();
    assertThat(failed("EBS-002")).isEqualTo(arns("ebs_snapshot", Traits.UNENCRYPTED)).isNotEmpty();
    Set<String> unencryptedDatabases = arns("rds_instance", Traits.UNENCRYPTED);
    unencryptedDatabases.addAll(arns("rds_cluster", Traits.UNENCRYPTED));
    assertThat(failed("RDS-001")).isEqualTo(unencryptedDatabases).isNotEmpty();
    assertThat(failed("RDS-002")).isEqualTo(arns("rds_instance", Traits.PUBLIC)).isNotEmpty();
    assertThat(failed("S3-001")).isEqualTo(arns("s3_bucket", Traits.NO_PUBLIC_ACCESS_BLOCK)).isNotEmpty();
    assertThat(failed("S3-002")).isEqualTo(arns("s3_bucket", Traits.NO_DEFAULT_ENCRYPTION)).isNotEmpty();
    assertThat(failed("SG-001")).isEqualTo(arns("security_group", Traits.OPEN_SSH, Traits.OPEN_SSH_IPV6))
        .isNotEmpty();
    assertThat(failed("SG-002")).isEqualTo(arns("security_group", Traits.OPEN_RDP)).isNotEmpty();
    assertThat(failed("SG-003")).isEqualTo(arns("security_group", Traits.OPEN_DB)).isNotEmpty();
    assertThat(failed("SG-004")).isEqualTo(arns("security_group", Traits.OPEN_ALL)).isNotEmpty();
    assertThat(failed("IAM-001")).isEqualTo(arns("iam_user", Traits.CONSOLE_WITHOUT_MFA)).isNotEmpty();
    assertThat(failed("EC2-001")).isEqualTo(arns("ec2_instance", Traits.IMDSV1)).isNotEmpty();
    assertThat(failed("LAMBDA-001")).isEqualTo(arns("lambda_function", Traits.DEPRECATED_RUNTIME)).isNotEmpty();
  }

  @Test
  void freshAccessKeys_areNeitherStaleNorUnused_andNothingIsUnknown() {
    assertThat(failed("IAM-002")).isEmpty();
    assertThat(failed("IAM-003")).isEmpty();
    assertThat(report.findings()).filteredOn(f -> f.status() == FindingStatus.UNKNOWN).extracting(Finding::message)
        .isEmpty();
  }

  @Test
  void everyResourceOfACheckedTypeIsEvaluated() {
    for (var entry : report.resourcesEvaluated().entrySet()) {
      BuiltResources built = estate.ofType(entry.getKey().name());
      assertThat(entry.getValue()).as(entry.getKey().name()).isEqualTo(built.size());
    }
    assertThat(report.resourcesEvaluated()).hasSize(38);
    assertThat(report.findings()).isSortedAccordingTo((a, b) -> a.severity().compareTo(b.severity()));
  }
}
