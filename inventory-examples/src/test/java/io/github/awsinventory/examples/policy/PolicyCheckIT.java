package io.github.awsinventory.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.examples.Console;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.ResourceQuery;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.FindingStatus;
import io.github.awsinventory.query.security.SecurityReport;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.estate.BuiltResource;
import io.github.awsinventory.testkit.estate.Estate;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.Site;
import io.github.awsinventory.testkit.estate.Traits;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs example 3 against moto: ACME-001 must find exactly the planted unversioned buckets, and the
 * estimates must come from the price file, not from the bundled list prices.
 */
@AwsEmulatorTest
class PolicyCheckIT {

  private static final String TABLE = "policy";
  private static final String ACCOUNT = "111111111111";
  private static final Path ACME_PRICES = Path.of("prices", "acme-prices.json");

  private static AwsEmulator aws;
  private static DynamoDbClient dynamoDb;
  private static EstateManifest estate;
  private static Path config;
  private static int status;
  private static Console console;

  @BeforeAll
  static void runTheExample(AwsEmulator emulator, @TempDir Path dir) {
    aws = emulator;
    dynamoDb = aws.client(DynamoDbClient.builder());
    try (Estate building = Estate.in(aws).account(ACCOUNT, "engineering", "engineering")) {
      Site site = building.at(ACCOUNT, "us-east-1");
      site.bucket(b -> b.name("acme-backups").versioning(true));
      site.bucket(b -> b.name("acme-build-logs"));
      site.bucket(b -> b.name("acme-exports"));
      site.bucket(b -> b.name("acme-ledger").versioning(true));
      site.instance(i -> i.name("api").instanceType("m5.large"));
      site.volume(v -> v.name("reports").volumeType("gp3").sizeGib(200).iops(4000));
      estate = building.manifest();
    }
    config = estate.writeAccountsConfig(dir.resolve("accounts.json"));
    InventoryTable.create(dynamoDb, TABLE);
    console = new Console();

    status = PolicyCheck.run(new String[] {"--config", config.toString(), "--price-file", ACME_PRICES.toString(),
        "--endpoint-url", aws.endpoint().toString(), "--table", TABLE}, Map.of(), aws.credentialsProvider(),
        console.out, console.err);
  }

  @Test
  void customRule_failsExactlyTheUnversionedBuckets() {
    List<String> unversioned = estate.ofType("s3_bucket").withoutTrait(Traits.VERSIONED).arns();
    List<String> versioned = estate.ofType("s3_bucket").withTrait(Traits.VERSIONED).arns();

    SecurityReport security = PolicyCheck.reports(InventoryQuery.create(dynamoDb, TABLE), InventoryConfig.load(config),
        PriceList.fromFile(ACME_PRICES)).security();

    List<Finding> acme = security.findings().stream().filter(f -> f.ruleId().equals(BucketVersioningRule.ID))
        .collect(Collectors.toList());
    assertThat(unversioned).hasSize(2);
    assertThat(acme).allSatisfy(f -> assertThat(f.status()).isEqualTo(FindingStatus.FAIL))
        .extracting(Finding::resourceId).containsExactlyInAnyOrderElementsOf(unversioned)
        .doesNotContainAnyElementsOf(versioned);
  }

  @Test
  void main_printsTheFindingsOfTheCustomRule_andExits4() {
    assertThat(status).as(console.err()).isEqualTo(4);
    for (BuiltResource bucket : estate.ofType("s3_bucket").withoutTrait(Traits.VERSIONED)) {
      assertThat(console.out()).containsPattern("FAIL\\s+ACME-001 " + ACCOUNT + " " + bucket.region() + " "
          + bucket.name() + ": ");
    }
    for (BuiltResource bucket : estate.ofType("s3_bucket").withTrait(Traits.VERSIONED)) {
      assertThat(console.out()).doesNotContain(bucket.name());
    }
    assertThat(console.out()).contains("ACME-001 S3 bucket without versioning (MEDIUM): 2 failed, 0 unknown");
  }

  @Test
  void estimates_comeFromThePriceFile_notFromTheBundledPrices() {
    PriceList acme = PriceList.fromFile(ACME_PRICES);
    Resource api = only(ResourceType.EC2_INSTANCE, "api");
    Resource reports = only(ResourceType.EBS_VOLUME, "reports");

    BigDecimal apiAtAcmePrices = acme.ec2Monthly("m5.large", "us-east-1").orElseThrow();
    BigDecimal reportsAtAcmePrices = acme.ebsMonthly("gp3", reports.numberAttribute("size_gib").orElseThrow(),
        reports.numberAttribute("iops").orElse(null), reports.numberAttribute("throughput_mibps").orElse(null),
        "us-east-1").orElseThrow();

    assertThat(api.estimatedMonthlyCost()).hasValueSatisfying(cost -> assertThat(cost)
        .isEqualByComparingTo(apiAtAcmePrices)
        .isNotEqualByComparingTo(PriceList.bundled().ec2Monthly("m5.large", "us-east-1").orElseThrow()));
    assertThat(api.costBasis()).hasValueSatisfying(basis -> assertThat(basis).startsWith("list-price acme-2026-11 "));
    assertThat(reports.estimatedMonthlyCost()).hasValueSatisfying(cost -> assertThat(cost)
        .isEqualByComparingTo(reportsAtAcmePrices)
        .isNotEqualByComparingTo(PriceList.bundled().ebsMonthly("gp3", new BigDecimal("200"), new BigDecimal("4000"),
            null, "us-east-1").orElseThrow()));
    assertThat(console.out()).contains("Prices acme-2026-11");
  }

  @Test
  void main_withAnInvalidPriceFile_listsEveryProblemAndExits2(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken-prices.json"), """
        {"version": "2026-12", "hours_per_month": -730, "ec3": {}}
        """);
    Console bad = new Console();

    int exit = PolicyCheck.run(new String[] {"--config", config.toString(), "--price-file", broken.toString(),
        "--endpoint-url", aws.endpoint().toString(), "--table", TABLE}, Map.of(), aws.credentialsProvider(),
        bad.out, bad.err);

    assertThat(exit).isEqualTo(2);
    assertThat(bad.err()).contains("hours_per_month").contains("ec3").contains("region_factors");
    assertThat(bad.out()).isEmpty();
  }

  private static Resource only(ResourceType type, String name) {
    try (Stream<Resource> resources = InventoryQuery.create(dynamoDb, TABLE).resources(ResourceQuery.byType(type))) {
      List<Resource> named = resources.filter(r -> r.name().equals(name)).collect(Collectors.toList());
      assertThat(named).as("%s named %s", type, name).hasSize(1);
      return named.get(0);
    }
  }
}
