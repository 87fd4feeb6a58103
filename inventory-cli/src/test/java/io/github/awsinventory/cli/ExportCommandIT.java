package io.github.awsinventory.cli;

import static io.github.awsinventory.testkit.estate.ResourceTypes.EBS_VOLUME;
import static io.github.awsinventory.testkit.estate.ResourceTypes.EC2_INSTANCE;
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
import io.github.awsinventory.testkit.estate.Estate;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import io.github.awsinventory.testkit.estate.Traits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inventory export} of the standard estate plus resources named to attack a spreadsheet
 * ({@code =HYPERLINK("x")}, a department {@code -2+3}) and named in several scripts ({@code 数据-ü-🚀}).
 */
@AwsEmulatorTest
class ExportCommandIT {

  private static final String FORMULA = "=HYPERLINK(\"x\")";
  private static final String UNICODE = "数据-ü-🚀";
  private static final String FORMULA_DEPARTMENT = "-2+3";

  private static CollectedEstate estate;
  private static EstateManifest manifest;
  private static List<BuiltResource> expected;
  private static BuiltResource formulaInstance;
  private static BuiltResource unicodeVolume;

  @BeforeAll
  static void collect(MotoServer moto, @TempDir Path dir) {
    manifest = StandardEstate.build(moto);
    try (Estate odd = Estate.in(moto).account(ENGINEERING, "engineering", "engineering")) {
      formulaInstance = odd.at(ENGINEERING, US_EAST_1).instance(i -> i.name(FORMULA).tag("Owner", "+SUM(A1)"));
      unicodeVolume = odd.at(ENGINEERING, US_EAST_1).volume(v -> v.name(UNICODE)
          .tag("Department", FORMULA_DEPARTMENT).tag("Note", "ünïcödé 🚀 \"quoted\", with comma"));
      expected = new ArrayList<>(manifest.resources().list());
      expected.addAll(odd.manifest().resources().withoutTrait(Traits.DEFAULT).list());
    }
    estate = CollectedEstate.collect(moto, manifest, dir, "cli-export");
  }

  @Test
  void csv_toStandardOutput_hasOneRecordPerResource() {
    CliRunner result = estate.cli("export", "--format", "csv");

    assertThat(result.exitCode).as(result.toString()).isZero();
    List<List<String>> records = CsvRecords.parse(result.out);
    assertThat(records.get(0)).isEqualTo(InventoryExport.FIELDS);
    assertThat(column(records, "resource_id")).hasSize(expected.size())
        .containsExactlyInAnyOrderElementsOf(arns(r -> true));
  }

  @Test
  void csv_neutralisesFormulasAndKeepsUnicode() {
    CliRunner result = estate.cli("export", "--format", "csv", "--type", EC2_INSTANCE);
    CliRunner volumes = estate.cli("export", "--format", "csv", "--type", EBS_VOLUME);

    assertThat(result.out).contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain(",\"=HYPERLINK");
    Map<String, String> instance = record(CsvRecords.parse(result.out), formulaInstance.arn());
    assertThat(instance.get("name")).isEqualTo("'" + FORMULA);
    assertThat(CollectedEstate.parse(instance.get("tags")).get("Owner").asText()).isEqualTo("+SUM(A1)");
    Map<String, String> volume = record(CsvRecords.parse(volumes.out), unicodeVolume.arn());
    assertThat(volume.get("name")).isEqualTo(UNICODE);
    assertThat(volume.get("department")).isEqualTo("'" + FORMULA_DEPARTMENT);
    assertThat(CollectedEstate.parse(volume.get("tags")).get("Note").asText())
        .isEqualTo("ünïcödé 🚀 \"quoted\", with comma");
    for (List<String> record : CsvRecords.parse(volumes.out)) {
      assertThat(record).allSatisfy(cell -> assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
          || cell.matches("-?\\d+(\\.\\d+)?")).as("a cell a spreadsheet would evaluate: %s", cell).isTrue());
    }
  }

  @Test
  void jsonl_toStandardOutput_roundTripsEveryName() {
    CliRunner result = estate.cli("export", "--format", "jsonl");

    assertThat(result.exitCode).as(result.toString()).isZero();
    List<JsonNode> lines = result.out.lines().map(CollectedEstate::parse).collect(Collectors.toList());
    assertThat(lines).hasSize(expected.size());
    assertThat(lines.stream().map(l -> l.get("resource_id").asText()))
        .containsExactlyInAnyOrderElementsOf(arns(r -> true));
    JsonNode instance = line(lines, formulaInstance.arn());
    JsonNode volume = line(lines, unicodeVolume.arn());
    assertThat(instance.get("name").asText()).isEqualTo(FORMULA);
    assertThat(instance.at("/tags/Owner").asText()).isEqualTo("+SUM(A1)");
    assertThat(volume.get("name").asText()).isEqualTo(UNICODE);
    assertThat(volume.get("department").asText()).isEqualTo(FORMULA_DEPARTMENT);
    assertThat(volume.at("/tags/Note").asText()).isEqualTo("ünïcödé 🚀 \"quoted\", with comma");
    assertThat(instance.fieldNames()).toIterable().containsExactlyElementsOf(InventoryExport.FIELDS);
  }

  @Test
  void outputFile_writesTheWholeExportAndSaysSo(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("inventory.csv");
    Path jsonl = dir.resolve("inventory.jsonl");
    Files.writeString(jsonl, "stale content\n");

    CliRunner csvResult = estate.cli("export", "--format", "csv", "--output-file", csv.toString());
    CliRunner jsonlResult = estate.cli("export", "--format", "jsonl", "--output-file", jsonl.toString());

    assertThat(csvResult.exitCode).as(csvResult.toString()).isZero();
    assertThat(csvResult.out).isEmpty();
    assertThat(csvResult.err).contains("exported " + expected.size() + " resources to " + csv);
    List<List<String>> records = CsvRecords.parse(Files.readString(csv, StandardCharsets.UTF_8));
    assertThat(column(records, "resource_id")).containsExactlyInAnyOrderElementsOf(arns(r -> true));
    assertThat(column(records, "name")).contains(UNICODE, "'" + FORMULA);
    assertThat(jsonlResult.exitCode).as(jsonlResult.toString()).isZero();
    assertThat(jsonlResult.err).contains("exported " + expected.size() + " resources to " + jsonl);
    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(expected.size()).noneMatch(l -> l.contains("stale content"));
    assertThat(line(lines.stream().map(CollectedEstate::parse).collect(Collectors.toList()), unicodeVolume.arn())
        .get("name").asText()).isEqualTo(UNICODE);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("inventory.csv",
          "inventory.jsonl");
    }
  }

  @Test
  void filters_selectExactlyTheMatchingResources() {
    assertThat(exported("--type", EBS_VOLUME)).containsExactlyInAnyOrderElementsOf(
        arns(r -> r.type().equals(EBS_VOLUME)));
    assertThat(exported("--department", "engineering")).isNotEmpty().containsExactlyInAnyOrderElementsOf(
        arns(r -> manifest.departmentOf(r).equals("engineering")));
    assertThat(exported("--department", FORMULA_DEPARTMENT)).containsExactly(unicodeVolume.arn());
    assertThat(exported("--account", MARKETING)).containsExactlyInAnyOrderElementsOf(
        arns(r -> r.accountId().equals(MARKETING)));
    assertThat(exported("--in-region", EU_WEST_1)).isNotEmpty().containsExactlyInAnyOrderElementsOf(
        arns(r -> r.region().equals(EU_WEST_1)));
    assertThat(exported("--account", DATA, "--in-region", EU_WEST_1)).isNotEmpty().containsExactlyInAnyOrderElementsOf(
        arns(r -> r.accountId().equals(DATA) && r.region().equals(EU_WEST_1)));
    assertThat(exported("--type", SECURITY_GROUP, "--in-region", US_EAST_1)).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(
            arns(r -> r.type().equals(SECURITY_GROUP) && r.region().equals(US_EAST_1)));
    assertThat(exported("--department", "engineering", "--type", EC2_INSTANCE, "--account", ENGINEERING,
        "--in-region", US_EAST_1)).contains(formulaInstance.arn()).containsExactlyInAnyOrderElementsOf(
        arns(r -> manifest.departmentOf(r).equals("engineering") && r.type().equals(EC2_INSTANCE)
            && r.accountId().equals(ENGINEERING) && r.region().equals(US_EAST_1)));
    assertThat(exported("--department", "no-such-department")).isEmpty();
  }

  @Test
  void badArguments_exitTwoNamingTheOption() {
    CliRunner format = estate.cli("export", "--format", "xml");
    CliRunner account = estate.cli("export", "--format", "csv", "--account", "123");
    CliRunner missingFormat = estate.cli("export");

    assertThat(format.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(format.err).contains("--format", "'xml'");
    assertThat(account.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(account.err).contains("--account", "'123'");
    assertThat(missingFormat.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(missingFormat.err).contains("--format");
  }

  @Test
  void outputFile_inAMissingDirectoryOrOnADirectory_exitsTwoAndWritesNothing(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("no-such-dir").resolve("inventory.csv");
    Path directory = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(directory.resolve("keep.txt"), "keep");
    Path underAFile = Files.writeString(dir.resolve("plain-file"), "x").resolve("inventory.csv");

    CliRunner missingDir = estate.cli("export", "--format", "csv", "--output-file", missing.toString());
    CliRunner onDirectory = estate.cli("export", "--format", "csv", "--output-file", directory.toString());
    CliRunner fileAsDir = estate.cli("export", "--format", "csv", "--output-file", underAFile.toString());

    for (CliRunner result : List.of(missingDir, onDirectory, fileAsDir)) {
      assertThat(result.exitCode).as(result.toString()).isEqualTo(InventoryCli.USAGE);
      assertThat(result.err).contains("--output-file").doesNotContain("exported", "Exception");
      assertThat(result.out).isEmpty();
    }
    assertThat(missingDir.err).contains(missing.getParent() + " does not exist");
    assertThat(onDirectory.err).contains(directory + " is not a regular file");
    assertThat(missing.getParent()).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("reports", "plain-file");
    }
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("keep.txt");
    }
  }

  @Test
  void outputFile_inADirectoryNobodyMayWriteTo_exitsOneAndLeavesNoPartialFile() {
    Path target = Path.of("/sys/aws-inventory-export-test.csv");

    CliRunner result = estate.cli("export", "--format", "csv", "--output-file", target.toString());

    assertThat(result.exitCode).as(result.toString()).isEqualTo(InventoryCli.FAILURE);
    assertThat(result.err).contains("the export could not be written to " + target, "was not changed")
        .doesNotContain("exported ");
    assertThat(target).doesNotExist();
  }

  @Test
  void standardOutput_thatFailsToWrite_exitsOneInsteadOfReportingSuccess() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void close() {
      }
    };
    StringWriter err = new StringWriter();

    int code = InventoryCli.execute(new PrintWriter(broken, true), new PrintWriter(err, true), "--endpoint-url",
        estate.endpoint, "--table", estate.table, "export", "--format", "csv");

    assertThat(code).as(err.toString()).isEqualTo(InventoryCli.FAILURE);
    assertThat(err.toString()).contains("could not be written to standard output");
  }

  /** This class has the only estate with non-ASCII names, so the text table's alignment is checked here. */
  @Test
  void queryTable_ofUnicodeNames_staysAlignedAndFits() {
    CliRunner result = estate.cli("query", "by-account", ENGINEERING, "--type", EBS_VOLUME, "--in-region", US_EAST_1);

    assertThat(result.exitCode).as(result.toString()).isZero();
    List<String> lines = result.out.lines().collect(Collectors.toList());
    String row = lines.stream().filter(l -> l.contains(UNICODE)).findFirst().orElseThrow();
    int stateColumn = lines.get(0).indexOf("STATE");
    assertThat(row.codePointCount(0, row.indexOf("available"))).isEqualTo(stateColumn);
    Columns.assertFit("query by-account with Unicode names", result.out);
  }

  private static List<String> exported(String... filters) {
    List<String> args = new ArrayList<>(List.of("export", "--format", "jsonl"));
    args.addAll(List.of(filters));
    CliRunner result = estate.cli(args.toArray(new String[0]));
    assertThat(result.exitCode).as(result.toString()).isZero();
    return result.out.lines().map(l -> CollectedEstate.parse(l).get("resource_id").asText())
        .collect(Collectors.toList());
  }

  private static List<String> arns(Predicate<BuiltResource> filter) {
    return expected.stream().filter(filter).map(BuiltResource::arn).collect(Collectors.toList());
  }

  private static List<String> column(List<List<String>> records, String field) {
    int index = records.get(0).indexOf(field);
    return records.subList(1, records.size()).stream().map(r -> r.get(index)).collect(Collectors.toList());
  }

  private static Map<String, String> record(List<List<String>> records, String resourceId) {
    List<String> headers = records.get(0);
    List<String> record = records.stream().filter(r -> r.get(0).equals(resourceId)).findFirst()
        .orElseThrow(() -> new AssertionError("no record of " + resourceId));
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      fields.put(headers.get(i), record.get(i));
    }
    return fields;
  }

  private static JsonNode line(List<JsonNode> lines, String resourceId) {
    return lines.stream().filter(l -> l.get("resource_id").asText().equals(resourceId)).findFirst()
        .orElseThrow(() -> new AssertionError("no line of " + resourceId));
  }
}
