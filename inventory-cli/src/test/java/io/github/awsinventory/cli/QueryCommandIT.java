package io.github.awsinventory.cli;

import static io.github.awsinventory.testkit.estate.ResourceTypes.EBS_VOLUME;
import static io.github.awsinventory.testkit.estate.ResourceTypes.EC2_INSTANCE;
import static io.github.awsinventory.testkit.estate.ResourceTypes.ELASTIC_IP;
import static io.github.awsinventory.testkit.estate.ResourceTypes.IAM_USER;
import static io.github.awsinventory.testkit.estate.ResourceTypes.SECURITY_GROUP;
import static io.github.awsinventory.testkit.estate.StandardEstate.DATA;
import static io.github.awsinventory.testkit.estate.StandardEstate.ENGINEERING;
import static io.github.awsinventory.testkit.estate.StandardEstate.EU_WEST_1;
import static io.github.awsinventory.testkit.estate.StandardEstate.MARKETING;
import static io.github.awsinventory.testkit.estate.StandardEstate.US_EAST_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.awsinventory.query.export.InventoryExport;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.MotoServer;
import io.github.awsinventory.testkit.estate.BuiltResource;
import io.github.awsinventory.testkit.estate.BuiltResources;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * {@code inventory query} against the standard estate, collected twice with the CLI: between the runs one
 * instance gets a new tag and one Elastic IP is released, so that history and deletions have something to
 * show.
 */
@AwsEmulatorTest
class QueryCommandIT {

  private static final Pattern NEXT_PAGE = Pattern.compile("next page: --page-token (\\S+)");

  private static CollectedEstate estate;
  private static EstateManifest manifest;
  private static BuiltResources live;
  private static BuiltResource retagged;
  private static BuiltResource released;
  private static Instant beforeSecondRun;

  @BeforeAll
  static void collectTwice(MotoServer moto, @TempDir Path dir) {
    manifest = StandardEstate.build(moto);
    estate = CollectedEstate.collect(moto, manifest, dir, "cli-query");
    retagged = manifest.ofType(EC2_INSTANCE).filter(r -> r.name().equals("web-1")).only();
    released = manifest.ofType(ELASTIC_IP).filter(r -> r.name().equals("spare-ip")).only();
    try (Ec2Client ec2 = moto.configure(Ec2Client.builder()).credentialsProvider(moto.credentialsFor(ENGINEERING))
        .region(Region.of(US_EAST_1)).build()) {
      ec2.createTags(r -> r.resources(retagged.id()).tags(Tag.builder().key("Owner").value("alice").build()));
      ec2.releaseAddress(r -> r.allocationId(released.id()));
    }
    beforeSecondRun = Instant.now();
    CliRunner second = estate.collectAgain();
    assertThat(second.out).contains("deleted 1");
    live = manifest.resources().filter(r -> !r.equals(released));
  }

  @Test
  void byType_json_returnsExactlyTheResourcesOfEachType() {
    for (String type : manifest.types()) {
      JsonNode items = estate.json("query", "by-type", type);

      assertThat(ids(items)).as(type).isNotEmpty().doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(live.ofType(type).arns());
      assertThat(items).allSatisfy(item -> assertThat(item.get("resource_type").asText()).isEqualTo(type));
    }
    JsonNode web1 = item(estate.json("query", "by-type", EC2_INSTANCE), retagged.arn());
    assertThat(web1.get("name").asText()).isEqualTo("web-1");
    assertThat(web1.get("account_id").asText()).isEqualTo(ENGINEERING);
    assertThat(web1.get("region").asText()).isEqualTo(US_EAST_1);
    assertThat(web1.get("department").asText()).isEqualTo("engineering");
  }

  @Test
  void byDepartment_json_returnsExactlyTheResourcesOfEachDepartment() {
    List<String> departments = live.stream().map(manifest::departmentOf).distinct().collect(Collectors.toList());

    assertThat(departments).hasSizeGreaterThanOrEqualTo(4);
    for (String department : departments) {
      assertThat(ids(estate.json("query", "by-department", department))).as(department).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(live.filter(r -> manifest.departmentOf(r).equals(department)).arns());
    }
  }

  @Test
  void byAccount_json_returnsExactlyTheResourcesOfEachAccount() {
    for (String account : StandardEstate.ACCOUNT_IDS) {
      assertThat(ids(estate.json("query", "by-account", account))).as(account).isNotEmpty().doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(live.inAccount(account).arns());
    }
  }

  @Test
  void filters_combine() {
    assertThat(ids(estate.json("query", "by-department", "engineering", "--type", EBS_VOLUME)))
        .isNotEmpty().containsExactlyInAnyOrderElementsOf(live.ofType(EBS_VOLUME).filter(this::engineering).arns());
    assertThat(ids(estate.json("query", "by-department", "engineering", "--type", EC2_INSTANCE, "--account",
        ENGINEERING, "--in-region", EU_WEST_1))).isNotEmpty().containsExactlyInAnyOrderElementsOf(
        live.ofType(EC2_INSTANCE).in(ENGINEERING, EU_WEST_1).filter(this::engineering).arns());
    assertThat(ids(estate.json("query", "by-type", EC2_INSTANCE, "--account", MARKETING)))
        .isNotEmpty().containsExactlyInAnyOrderElementsOf(live.ofType(EC2_INSTANCE).inAccount(MARKETING).arns());
    assertThat(ids(estate.json("query", "by-type", EC2_INSTANCE, "--account", DATA, "--in-region", EU_WEST_1)))
        .isNotEmpty().containsExactlyInAnyOrderElementsOf(live.ofType(EC2_INSTANCE).in(DATA, EU_WEST_1).arns());
    assertThat(ids(estate.json("query", "by-account", DATA, "--type", SECURITY_GROUP)))
        .isNotEmpty().containsExactlyInAnyOrderElementsOf(live.ofType(SECURITY_GROUP).inAccount(DATA).arns());
    assertThat(ids(estate.json("query", "by-account", DATA, "--type", SECURITY_GROUP, "--in-region", US_EAST_1)))
        .isNotEmpty().containsExactlyInAnyOrderElementsOf(live.ofType(SECURITY_GROUP).in(DATA, US_EAST_1).arns());
    assertThat(ids(estate.json("query", "by-type", IAM_USER, "--account", DATA, "--in-region", BuiltResource.GLOBAL)))
        .isNotEmpty().containsExactlyInAnyOrderElementsOf(live.ofType(IAM_USER).inAccount(DATA).arns());
  }

  @Test
  void filters_withoutTheOptionsTheyNarrow_exitTwoNamingTheOptions() {
    CliRunner regionWithoutAccount = estate.cli("query", "by-type", EC2_INSTANCE, "--in-region", US_EAST_1);
    CliRunner accountWithoutType = estate.cli("query", "by-department", "engineering", "--account", ENGINEERING);
    CliRunner regionWithoutType = estate.cli("query", "by-account", ENGINEERING, "--in-region", US_EAST_1);
    CliRunner badAccount = estate.cli("query", "by-account", "12345");

    assertThat(regionWithoutAccount.exitCode).as(regionWithoutAccount.toString()).isEqualTo(InventoryCli.USAGE);
    assertThat(regionWithoutAccount.err).contains("--in-region", "--account");
    assertThat(accountWithoutType.exitCode).as(accountWithoutType.toString()).isEqualTo(InventoryCli.USAGE);
    assertThat(accountWithoutType.err).contains("--account", "--type");
    assertThat(regionWithoutType.exitCode).as(regionWithoutType.toString()).isEqualTo(InventoryCli.USAGE);
    assertThat(regionWithoutType.err).contains("--in-region", "--type");
    assertThat(badAccount.exitCode).as(badAccount.toString()).isEqualTo(InventoryCli.USAGE);
    assertThat(badAccount.err).contains("12345");
  }

  @Test
  void unknownType_isAnEmptyResultWithAWarningListingTheKnownTypes() {
    CliRunner result = estate.cli("--output", "json", "query", "by-type", "ec2_instanse");

    assertThat(result.exitCode).as(result.toString()).isZero();
    assertThat(CollectedEstate.parse(result.out)).isEmpty();
    assertThat(result.err).contains("warning", "'ec2_instanse'",
        "ec2_instance, ecr_repository, ecs_cluster, ecs_service, efs_file_system, eks_cluster, elastic_ip, "
            + "elasticache_cluster");
  }

  @Test
  void paging_followingTheTokens_yieldsEveryResourceOnce() {
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      List<String> args = new ArrayList<>(List.of("query", "by-type", EBS_VOLUME, "--page-size", "3"));
      if (token != null) {
        args.addAll(List.of("--page-token", token));
      }
      JsonNode page = estate.json(args.toArray(new String[0]));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(3);
      if (pages == 0) {
        assertThat(page.get("items").size()).isEqualTo(3);
        assertThat(page.get("next_token").isTextual()).as("the first page has a next token").isTrue();
      }
      seen.addAll(ids(page.get("items")));
      token = page.get("next_token").isNull() ? null : page.get("next_token").asText();
      pages++;
    } while (token != null && pages < 50);

    assertThat(token).as("the last page has no next token").isNull();
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(live.ofType(EBS_VOLUME).arns());
    assertThat(pages).isGreaterThanOrEqualTo((live.ofType(EBS_VOLUME).size() + 2) / 3);
  }

  @Test
  void paging_tableOutput_printsTheTokenOfTheNextPage() {
    CliRunner first = estate.cli("query", "by-department", "engineering", "--page-size", "3");
    Matcher next = NEXT_PAGE.matcher(first.out);

    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(first.out).contains("3 resources");
    assertThat(next.find()).as(first.out).isTrue();
    JsonNode firstPage = estate.json("query", "by-department", "engineering", "--page-size", "3");
    JsonNode secondPage = estate.json("query", "by-department", "engineering", "--page-size", "3",
        "--page-token", next.group(1));
    assertThat(ids(secondPage.get("items"))).hasSize(3).doesNotContainAnyElementsOf(ids(firstPage.get("items")));
  }

  @Test
  void paging_badTokensAndSizes_exitTwoNamingTheOption() {
    String otherQueryToken = estate.json("query", "by-type", EC2_INSTANCE, "--page-size", "2").get("next_token")
        .asText();
    String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
        ("{\"q\":\"type=" + EBS_VOLUME + "\",\"k\":{\"nonsense\":\"x\"}}").getBytes(StandardCharsets.UTF_8));

    CliRunner garbage = estate.cli("query", "by-type", EBS_VOLUME, "--page-token", "garbage!");
    CliRunner otherQuery = estate.cli("query", "by-type", EBS_VOLUME, "--page-token", otherQueryToken);
    CliRunner tamperedKey = estate.cli("query", "by-type", EBS_VOLUME, "--page-token", tampered);
    CliRunner zeroSize = estate.cli("query", "by-type", EBS_VOLUME, "--page-size", "0");

    for (CliRunner result : List.of(garbage, otherQuery, tamperedKey)) {
      assertThat(result.exitCode).as(result.toString()).isEqualTo(InventoryCli.USAGE);
      assertThat(result.err).contains("--page-token");
      assertThat(result.out).isEmpty();
    }
    assertThat(otherQuery.err).contains("another query");
    assertThat(zeroSize.exitCode).as(zeroSize.toString()).isEqualTo(InventoryCli.USAGE);
    assertThat(zeroSize.err).contains("--page-size", "(was 0)");
  }

  @Test
  void resource_printsTheCurrentVersionWithItsTags() {
    JsonNode resource = estate.json("query", "resource", retagged.arn());
    CliRunner text = estate.cli("query", "resource", retagged.arn());

    assertThat(resource.get("resource_id").asText()).isEqualTo(retagged.arn());
    assertThat(resource.get("resource_type").asText()).isEqualTo(EC2_INSTANCE);
    assertThat(resource.get("name").asText()).isEqualTo("web-1");
    assertThat(resource.at("/tags/Owner").asText()).isEqualTo("alice");
    assertThat(resource.at("/attributes/instance_type").asText())
        .isEqualTo(retagged.attributes().get("instance_type"));
    assertThat(resource.get("deleted_at").isNull()).isTrue();
    assertThat(text.exitCode).as(text.toString()).isZero();
    assertThat(text.out).containsPattern("(?m)^name +web-1$").containsPattern("(?m)^resource_id +" + Pattern.quote(
        retagged.arn()) + "$").containsPattern("(?m)^ +Owner = alice$");
    Columns.assertFit("query resource", text.out);
  }

  @Test
  void resource_unknownArn_exitsOneNamingIt() {
    CliRunner result = estate.cli("query", "resource", "arn:aws:ec2:us-east-1:111111111111:instance/i-nope");

    assertThat(result.exitCode).isEqualTo(InventoryCli.FAILURE);
    assertThat(result.err).contains("no resource arn:aws:ec2:us-east-1:111111111111:instance/i-nope", "cli-query");
  }

  @Test
  void history_listsTheVersionsNewestFirstWithWhatChanged() {
    JsonNode history = estate.json("query", "history", retagged.arn());
    CliRunner text = estate.cli("query", "history", retagged.arn());

    assertThat(history.get("live").asBoolean()).isTrue();
    assertThat(history.get("deleted_at").isNull()).isTrue();
    JsonNode versions = history.get("versions");
    assertThat(versions).hasSize(2);
    assertThat(Instant.parse(versions.get(0).get("recorded_at").asText()))
        .isAfter(Instant.parse(versions.get(1).get("recorded_at").asText()));
    assertThat(versions.get(0).get("changes")).anySatisfy(change -> {
      assertThat(change.get("path").asText()).contains("Owner");
      assertThat(change.get("before").isNull()).isTrue();
      assertThat(change.get("after").asText()).isEqualTo("alice");
    });
    assertThat(versions.get(0).at("/resource/tags/Owner").asText()).isEqualTo("alice");
    assertThat(versions.get(1).get("changes")).isEmpty();
    assertThat(versions.get(1).at("/resource/tags/Owner").isMissingNode()).isTrue();
    assertThat(text.exitCode).as(text.toString()).isZero();
    assertThat(text.out).contains("web-1", "first recorded", "Owner", "(none) -> alice");
    Columns.assertFit("query history", text.out);
  }

  @Test
  void history_ofADeletedResource_saysWhenItWasDeleted() {
    JsonNode history = estate.json("query", "history", released.arn());
    JsonNode resource = estate.json("query", "resource", released.arn());
    CliRunner text = estate.cli("query", "history", released.arn());

    assertThat(history.get("live").asBoolean()).isFalse();
    assertThat(Instant.parse(history.get("deleted_at").asText())).isAfterOrEqualTo(beforeSecondRun.minusSeconds(1));
    assertThat(resource.get("deleted_at").asText()).isEqualTo(history.get("deleted_at").asText());
    assertThat(text.out).contains("spare-ip", "DELETED " + history.get("deleted_at").asText());
  }

  @Test
  void deleted_since_listsTheReleasedAddressOnly() {
    JsonNode sinceInstant = estate.json("query", "deleted", "--since", beforeSecondRun.minusSeconds(1).toString());
    JsonNode sinceDays = estate.json("query", "deleted", "--since", "1d");
    JsonNode sinceTomorrow = estate.json("query", "deleted", "--since",
        LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
    CliRunner text = estate.cli("query", "deleted", "--since", "1d");
    CliRunner csv = estate.cli("--output", "csv", "query", "deleted", "--since", "1d");

    assertThat(ids(sinceInstant)).containsExactly(released.arn());
    assertThat(sinceInstant.get(0).get("name").asText()).isEqualTo("spare-ip");
    assertThat(sinceInstant.get(0).get("resource_type").asText()).isEqualTo(ELASTIC_IP);
    assertThat(sinceInstant.get(0).get("account_id").asText()).isEqualTo(ENGINEERING);
    assertThat(sinceInstant.get(0).get("last_monthly_cost").decimalValue()).isPositive();
    assertThat(ids(sinceDays)).containsExactly(released.arn());
    assertThat(sinceTomorrow).isEmpty();
    assertThat(text.exitCode).as(text.toString()).isZero();
    assertThat(text.out).contains("DELETED AT", "elastic_ip", "spare-ip");
    Columns.assertFit("query deleted", text.out);
    assertThat(csv.exitCode).as(csv.toString()).isZero();
    List<List<String>> records = CsvRecords.parse(csv.out);
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).contains("resource_id", "deleted_at");
    assertThat(records.get(1)).contains(released.arn(), "spare-ip");
  }

  @Test
  void deleted_badSince_exitsTwoNamingTheOptionAndTheValue() {
    CliRunner result = estate.cli("query", "deleted", "--since", "last tuesday");

    assertThat(result.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(result.err).contains("--since", "'last tuesday'");
  }

  @Test
  void runs_listsBothCollectionsNewestFirst() {
    JsonNode runs = estate.json("query", "runs");
    JsonNode latest = estate.json("query", "runs", "--limit", "1");
    CliRunner text = estate.cli("query", "runs");
    CliRunner csv = estate.cli("--output", "csv", "query", "runs");

    assertThat(runs).hasSize(2);
    assertThat(runs).allSatisfy(run -> assertThat(run.get("status").asText()).isEqualTo("OK"));
    assertThat(runs.get(0).at("/resources/deleted").asInt()).isEqualTo(1);
    assertThat(runs.get(0).at("/resources/total").asInt()).isEqualTo(live.size());
    assertThat(runs.get(1).at("/resources/new").asInt()).isEqualTo(manifest.resources().size());
    assertThat(Instant.parse(runs.get(0).get("finished_at").asText()))
        .isAfter(Instant.parse(runs.get(1).get("finished_at").asText()));
    assertThat(latest).hasSize(1);
    assertThat(latest.get(0).get("run_id")).isEqualTo(runs.get(0).get("run_id"));
    assertThat(text.exitCode).as(text.toString()).isZero();
    assertThat(text.out).contains("RUN", runs.get(0).get("run_id").asText(), runs.get(1).get("run_id").asText());
    Columns.assertFit("query runs", text.out);
    assertThat(csv.exitCode).as(csv.toString()).isZero();
    List<List<String>> records = CsvRecords.parse(csv.out);
    assertThat(records).hasSize(3);
    assertThat(records.get(1).get(records.get(0).indexOf("run_id"))).isEqualTo(runs.get(0).get("run_id").asText());
  }

  @Test
  void unknownDepartment_isAnEmptyResultAndExitsZero() {
    JsonNode json = estate.json("query", "by-department", "no-such-department");
    CliRunner text = estate.cli("query", "by-department", "no-such-department");
    CliRunner csv = estate.cli("--output", "csv", "query", "by-department", "no-such-department");

    assertThat(json.isArray()).isTrue();
    assertThat(json).isEmpty();
    assertThat(text.exitCode).as(text.toString()).isZero();
    assertThat(text.out).contains("0 resources");
    assertThat(csv.exitCode).as(csv.toString()).isZero();
    assertThat(CsvRecords.parse(csv.out)).containsExactly(InventoryExport.FIELDS);
  }

  @Test
  void tableOutput_fitsOneHundredColumns() {
    for (String type : manifest.types()) {
      CliRunner result = estate.cli("query", "by-type", type);

      assertThat(result.exitCode).as(result.toString()).isZero();
      assertThat(result.out).contains(live.ofType(type).size() + " resource");
      Columns.assertFit("query by-type " + type, result.out);
    }
    for (String account : StandardEstate.ACCOUNT_IDS) {
      Columns.assertFit("query by-account " + account, estate.cli("query", "by-account", account).out);
    }
  }

  @Test
  void csvOutput_parsesWithOneRecordPerResource() {
    CliRunner all = estate.cli("--output", "csv", "query", "by-account", ENGINEERING);
    CliRunner paged = estate.cli("--output", "csv", "query", "by-account", ENGINEERING, "--page-size", "5");
    CliRunner resource = estate.cli("--output", "csv", "query", "resource", retagged.arn());

    assertThat(all.exitCode).as(all.toString()).isZero();
    List<List<String>> records = CsvRecords.parse(all.out);
    assertThat(records.get(0)).isEqualTo(InventoryExport.FIELDS);
    assertThat(records.subList(1, records.size()).stream().map(r -> r.get(0)))
        .containsExactlyInAnyOrderElementsOf(live.inAccount(ENGINEERING).arns());
    assertThat(paged.exitCode).as(paged.toString()).isZero();
    assertThat(CsvRecords.parse(paged.out)).hasSize(6);
    assertThat(paged.err).containsPattern(NEXT_PAGE);
    assertThat(resource.exitCode).as(resource.toString()).isEqualTo(InventoryCli.USAGE);
    assertThat(resource.err).contains("--output");
  }

  private boolean engineering(BuiltResource resource) {
    return manifest.departmentOf(resource).equals("engineering");
  }

  private static List<String> ids(JsonNode items) {
    assertThat(items.isArray()).as("a JSON array: %s", items).isTrue();
    return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("resource_id").asText())
        .collect(Collectors.toList());
  }

  private static JsonNode item(JsonNode items, String resourceId) {
    return StreamSupport.stream(items.spliterator(), false)
        .filter(item -> item.get("resource_id").asText().equals(resourceId)).findFirst().orElseThrow();
  }
}
