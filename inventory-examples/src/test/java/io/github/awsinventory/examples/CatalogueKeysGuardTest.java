package io.github.awsinventory.examples;

import static io.github.awsinventory.examples.RepositorySources.javaFiles;
import static io.github.awsinventory.examples.RepositorySources.read;
import static io.github.awsinventory.examples.RepositorySources.repositoryRoot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Security rules, cleanup rules, the cost estimator, the reports, the Lambda and the CLI read resource attributes
 * through the catalogue's keys ({@code Ec2Instance.INSTANCE_TYPE.read(resource)}) and compare types with
 * {@code ResourceType} constants, so that a misspelt name does not compile. This test fails on a string literal in
 * their production code that equals an attribute name, the name of a field of a map attribute, or a built-in type
 * id of {@code ResourceCatalog.builtIn()}, and names the constant to use instead.
 *
 * <p>It lives in this module because the examples depend on every other module; it reads their sources by path
 * from the repository root.
 */
class CatalogueKeysGuardTest {

  /** The production sources that read resources, relative to the repository root. */
  private static final List<String> SOURCE_ROOTS = List.of(
      "inventory-collector/src/main/java",
      "inventory-query/src/main/java",
      "inventory-lambda/src/main/java",
      "inventory-cli/src/main/java",
      "inventory-examples/src/main/java");

  private static final String IAM_USER_COLLECTOR =
      "inventory-collector/src/main/java/io/github/awsinventory/collector/internal/collectors/IamUserCollector.java";

  /** Literals that equal a catalogue name but are not attribute reads, each with the reason. */
  private static final List<Allowed> ALLOWED = List.of(
      new Allowed("inventory-collector/src/main/java/io/github/awsinventory/collector/internal/collectors/"
          + "ElasticIpCollector.java", "associated", "a value of the address's state (associated / unassociated), "
          + "not a read of the attribute 'associated', which the collector writes through ElasticIp.ASSOCIATED"),
      new Allowed(IAM_USER_COLLECTOR, "password_last_used", "a column of IAM's credential report CSV, which the "
          + "collector parses; the attribute is written through IamUser.PASSWORD_LAST_USED"),
      new Allowed(IAM_USER_COLLECTOR, "mfa_active", "a column of IAM's credential report CSV; the attribute is "
          + "written through IamUser.MFA_ACTIVE"),
      new Allowed(IAM_USER_COLLECTOR, "last_rotated", "the end of the credential report's access_key_N_last_rotated "
          + "column; the field is written through IamUser.AccessKey.LAST_ROTATED"),
      new Allowed(IAM_USER_COLLECTOR, "active", "the end of the credential report's access_key_N_active column; the "
          + "field is written through IamUser.AccessKey.ACTIVE"),
      new Allowed("inventory-query/src/main/java/io/github/awsinventory/query/export/InventoryExport.java", "state",
          "the export's column of Resource.state(), the resource's own field; the catalogue's 'state' is a field "
              + "of an EBS volume's attachment"),
      new Allowed("inventory-query/src/main/java/io/github/awsinventory/query/internal/Changes.java", "state",
          "the change path of Resource.state(), the resource's own field, not an EBS attachment's state"),
      new Allowed("inventory-cli/src/main/java/io/github/awsinventory/cli/internal/RootCommand.java", "version",
          "the key of the CLI's version.properties, not a Lambda function's version"),
      new Allowed("inventory-cli/src/main/java/io/github/awsinventory/cli/internal/ConfigCommand.java", "path",
          "a field of the JSON output of 'config validate': the JSON path of a configuration problem, not an IAM "
              + "user's path"),
      new Allowed("inventory-cli/src/main/java/io/github/awsinventory/cli/internal/QueryHistoryCommand.java", "path",
          "a field of the JSON output of 'query history': the path of a change (Change.path()), not an IAM user's "
              + "path"),
      new Allowed("inventory-cli/src/main/java/io/github/awsinventory/cli/internal/TableCommand.java", "item_count",
          "a field of the JSON output of 'table describe' about the inventory's own table (DescribeTable), not an "
              + "attribute of an inventoried DynamoDB table"),
      new Allowed("inventory-cli/src/main/java/io/github/awsinventory/cli/internal/TableCommand.java", "size_bytes",
          "a field of the JSON output of 'table describe' about the inventory's own table (DescribeTable), not an "
              + "attribute of an inventoried DynamoDB table"));

  private static final Path ROOT = repositoryRoot();
  private static final CatalogueNames NAMES = CatalogueNames.builtIn(typesClasses());

  @Test
  void productionSources_nameNoCatalogueAttributeOrTypeExceptThroughItsConstant() {
    List<Hit> hits = scanProductionSources();

    List<String> bare = hits.stream().filter(hit -> allowedFor(hit) == null)
        .map(Hit::toString).collect(Collectors.toList());

    assertThat(bare).as("string literals that name a catalogue attribute or type; read through the key instead "
        + "(KEY.read(resource), KEY.isUnknown(resource), KEY.name()), or compare with the ResourceType constant")
        .isEmpty();
  }

  @Test
  void scan_ofAFixtureWithBareNames_reportsEachWithItsLineAndConstant() {
    String fixture = String.join("\n",
        "class Fixture {",
        "  // \"instance_type\" in a comment is not read",
        "  /* nor \"ec2_instance\" in a block comment */",
        "  String type(Resource r) { return r.stringAttribute(\"instance_type\").orElse(\"\"); }",
        "  boolean ec2(Resource r) { return r.resourceType().name().equals(\"ec2_instance\"); }",
        "  Object port(Map<String, Object> rule) { return rule.get(\"from_port\"); }",
        "  char quote = '\"'; String prose = \"the instance_type of a \\\"platform\\\"\";",
        "  String block = \"\"\"",
        "      platform",
        "      \"\"\";",
        "  boolean kms(Resource r) { return r.isUnknown(\"kms_key_id\"); }",
        "}");

    List<String> hits = scan(Path.of("Fixture.java"), fixture).stream().map(Hit::toString)
        .collect(Collectors.toList());

    assertThat(hits).containsExactly(
        "Fixture.java:4: \"instance_type\": use Ec2Instance.INSTANCE_TYPE",
        "Fixture.java:5: \"ec2_instance\": use ResourceType.EC2_INSTANCE",
        "Fixture.java:6: \"from_port\": use SecurityGroup.IngressRule.FROM_PORT",
        "Fixture.java:11: \"kms_key_id\": use CloudTrailTrail.KMS_KEY_ID, CloudWatchLogGroup.KMS_KEY_ID, "
            + "EbsSnapshot.KMS_KEY_ID, EbsVolume.KMS_KEY_ID, EcrRepository.KMS_KEY_ID, RdsCluster.KMS_KEY_ID, "
            + "RdsInstance.KMS_KEY_ID, RdsSnapshot.KMS_KEY_ID, S3Bucket.KMS_KEY_ID or SecretsManagerSecret.KMS_KEY_ID");
  }

  @Test
  void allowances_eachStillMatchALiteral_andTheScanCoversEveryRoot() {
    List<Hit> hits = scanProductionSources();

    for (Allowed allowed : ALLOWED) {
      assertThat(hits).as("allowed literal \"%s\" in %s (%s) is no longer there; remove its entry", allowed.literal(),
          allowed.file(), allowed.reason()).anyMatch(hit -> allowed.equals(allowedFor(hit)));
    }
    for (String root : SOURCE_ROOTS) {
      assertThat(javaFiles(ROOT.resolve(root))).as("Java sources under %s", root).isNotEmpty();
    }
  }

  private static List<Hit> scanProductionSources() {
    List<Hit> hits = new ArrayList<>();
    for (String root : SOURCE_ROOTS) {
      for (Path file : javaFiles(ROOT.resolve(root))) {
        hits.addAll(scan(ROOT.relativize(file), read(file)));
      }
    }
    return hits;
  }

  private static List<Hit> scan(Path file, String source) {
    return JavaStringLiterals.of(source).stream().filter(literal -> NAMES.contains(literal.text()))
        .map(literal -> new Hit(file, literal.line(), literal.text())).collect(Collectors.toList());
  }

  private static Allowed allowedFor(Hit hit) {
    return ALLOWED.stream().filter(a -> a.file().equals(hit.path()) && a.literal().equals(hit.literal())).findFirst()
        .orElse(null);
  }

  /** The classes of the built-in types' keys: one per source file of the model's types package. */
  private static Set<Class<?>> typesClasses() {
    String pkg = "io.github.awsinventory.model.types";
    Set<Class<?>> classes = new LinkedHashSet<>();
    for (Path file : javaFiles(ROOT.resolve("inventory-model/src/main/java/" + pkg.replace('.', '/')))) {
      String name = file.getFileName().toString().replace(".java", "");
      if (!name.equals("package-info")) {
        try {
          classes.add(Class.forName(pkg + "." + name));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("no class for " + file, e);
        }
      }
    }
    return classes;
  }

  /** A literal that names a catalogue attribute or type, where it is. */
  private record Hit(Path file, int line, String literal) {

    /** The file's path from the repository root, with forward slashes on every system. */
    String path() {
      return file.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
      List<String> constants = new ArrayList<>(NAMES.constantsFor(literal));
      String last = constants.remove(constants.size() - 1);
      String use = constants.isEmpty() ? last : String.join(", ", constants) + " or " + last;
      return path() + ":" + line + ": \"" + literal + "\": use " + use;
    }
  }

  /** A literal allowed in one file, and why it is not an attribute read. */
  private record Allowed(String file, String literal, String reason) {}
}
