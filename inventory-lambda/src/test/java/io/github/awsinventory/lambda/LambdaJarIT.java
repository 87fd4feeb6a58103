package io.github.awsinventory.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.estate.BuiltResource;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.ResourceTypes;
import io.github.awsinventory.testkit.estate.StandardEstate;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The deployment jar as Lambda uses it: a fresh JVM with only {@code inventory-lambda-<version>-lambda.jar}
 * on the class path (and a runner compiled against nothing else), the handler loaded by name, built with
 * its no-arg constructor from environment variables and called with events — as the Java runtime does.
 * Also what the jar leaves out, its size, and the time from JVM start to the first answer; and the jars of the
 * other collector groups, each of which collects its own types, so that together they collect every resource
 * once.
 */
@AwsEmulatorTest
class LambdaJarIT {

  private static final String TABLE = "inventory-jar";
  private static final String BUCKET = "inventory-jar-reports";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** 250 MB: the most a Lambda function's code may take unzipped. */
  private static final long LAMBDA_UNZIPPED_LIMIT = 262_144_000L;

  /** Loads the handler by name and calls it like the Lambda Java runtime; times each step. */
  private static final String RUNNER = String.join("\n",
      "import com.amazonaws.services.lambda.runtime.Context;",
      "import com.fasterxml.jackson.databind.ObjectMapper;",
      "import java.lang.management.ManagementFactory;",
      "import java.lang.reflect.Method;",
      "import java.util.LinkedHashMap;",
      "import java.util.Map;",
      "",
      "public final class Runner {",
      "  public static void main(String[] events) throws Exception {",
      "    long main = System.nanoTime();",
      "    long uptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();",
      "    ObjectMapper json = new ObjectMapper();",
      "    Class<?> type = Class.forName(\"io.github.awsinventory.lambda.InventoryHandler\");",
      "    Object handler = type.getConstructor().newInstance();",
      "    Method handle = type.getMethod(\"handleRequest\", Map.class, Context.class);",
      "    long constructed = System.nanoTime();",
      "    Map<String, Object> timing = new LinkedHashMap<>();",
      "    timing.put(\"jvm_start_to_main_ms\", uptimeAtMain);",
      "    timing.put(\"init_ms\", (constructed - main) / 1_000_000);",
      "    System.out.println(\"TIMING \" + json.writeValueAsString(timing));",
      "    for (String event : events) {",
      "      long start = System.nanoTime();",
      "      Object result = handle.invoke(handler, json.readValue(event, Map.class), null);",
      "      Map<String, Object> line = new LinkedHashMap<>();",
      "      line.put(\"millis\", (System.nanoTime() - start) / 1_000_000);",
      "      line.put(\"jvm_uptime_ms\", ManagementFactory.getRuntimeMXBean().getUptime());",
      "      line.put(\"result\", result);",
      "      System.out.println(\"RESULT \" + json.writeValueAsString(line));",
      "    }",
      "  }",
      "}",
      "");

  private static Path jar;
  private static Map<String, Path> jars;
  private static Path runner;
  private static Path config;
  private static EstateManifest estate;
  private static Map<String, String> environment;

  @BeforeAll
  static void deploy(AwsEmulator aws, @TempDir Path dir) throws IOException {
    jars = lambdaJars();
    jar = jars.get("lambda");
    assertThat(jars).as("the jar of each collector group").containsOnlyKeys("lambda", "lambda-data", "lambda-app");
    runner = compileRunner(dir.resolve("runner"));
    estate = StandardEstate.build(aws);
    config = estate.writeAccountsConfig(dir.resolve("accounts.json"));
    InventoryTable.create(aws.client(DynamoDbClient.builder()), TABLE);
    aws.client(S3Client.builder()).createBucket(r -> r.bucket(BUCKET));
    String topic = aws.client(SnsClient.builder()).createTopic(r -> r.name("inventory-jar-alerts")).topicArn();
    environment = Map.of("AWS_REGION", aws.region().id(), "AWS_ENDPOINT_URL", aws.endpoint().toString(),
        "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test", "AWS_EC2_METADATA_DISABLED", "true",
        "DYNAMODB_TABLE_NAME", TABLE, "REPORT_BUCKET", BUCKET, "SNS_TOPIC_ARN", topic,
        "CONFIG_PATH", config.toString(), "MONTHLY_COST_THRESHOLD", "10");
    Map<String, Object> collected = new InventoryHandler(environment, aws.credentialsProvider(),
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
        .handleRequest(Map.of("action", "collect", "accounts", List.of(StandardEstate.DATA)), null);
    assertThat(collected).as("the data account collected in-process first").containsEntry("status", "ok");
  }

  @Test
  void everyJar_holdsTheHandlerAndTheUrlConnectionClient_butNoOtherHttpClientNorTestCode() throws IOException {
    for (Path each : jars.values()) {
      checkContents(each);
    }
  }

  /** Whether the broad tier (in the core group) finds a resource: one of a type without a built-in collector. */
  private static boolean broad(BuiltResource resource) {
    return !ResourceTypes.ALL.contains(resource.type());
  }

  private static void checkContents(Path jar) throws IOException {
    List<String> entries;
    String httpServices;
    long unzipped;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toList());
      unzipped = zip.stream().mapToLong(ZipEntry::getSize).sum();
      ZipEntry services = zip.getEntry("META-INF/services/software.amazon.awssdk.http.SdkHttpService");
      httpServices = new String(zip.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(entries).contains("io/github/awsinventory/lambda/InventoryHandler.class",
        "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class",
        "com/amazonaws/services/lambda/runtime/RequestHandler.class");
    assertThat(entries).filteredOn(e -> e.startsWith("org/apache/http/") || e.startsWith("org/apache/hc/")
        || e.startsWith("io/netty/") || e.startsWith("software/amazon/awssdk/http/apache")
        || e.startsWith("software/amazon/awssdk/http/nio/") || e.startsWith("org/apache/commons/")
        || e.startsWith("io/github/awsinventory/testkit/") || e.startsWith("org/junit/")
        || e.startsWith("org/assertj/")).isEmpty();
    assertThat(httpServices.lines().filter(l -> !l.isBlank() && !l.startsWith("#")))
        .containsExactly("software.amazon.awssdk.http.urlconnection.UrlConnectionSdkHttpService");
    assertThat(unzipped).as("Lambda's limit for an unzipped deployment package: %s", jar.getFileName())
        .isLessThan(LAMBDA_UNZIPPED_LIMIT);
    long classes = entries.stream().filter(e -> e.endsWith(".class")).count();
    record(String.format(Locale.ROOT, "jar %s: %.1f MB (%d bytes), unzipped %.1f MB, %d entries, %d classes",
        jar.getFileName(), Files.size(jar) / 1_048_576.0, Files.size(jar), unzipped / 1_048_576.0, entries.size(),
        classes));
  }

  @Test
  void freshJvm_loadsTheHandlerByName_andAnswersEveryKindOfEvent() throws Exception {
    Run run = runInFreshJvm(List.of(), "{\"action\": \"summary\"}", "{\"action\": \"summary\"}",
        "{\"action\": \"collect\", \"accounts\": [\"" + StandardEstate.ENGINEERING + "\"]}",
        "{\"action\": \"cost_analysis\"}", "{\"action\": \"plan\", \"batch_size\": 2}",
        "{\"action\": \"reboot\"}");

    assertThat(run.results).as(run.toString()).hasSize(6);
    int data = estate.resources().inAccount(StandardEstate.DATA).size();
    for (JsonNode summary : List.of(run.results.get(0).get("result"), run.results.get(1).get("result"))) {
      assertThat(summary.get("status").asText()).as(summary.toString()).isEqualTo("ok");
      assertThat(summary.get("resources").asInt()).isEqualTo(data);
      assertThat(summary.get("reports")).hasSize(2);
    }
    JsonNode collect = run.results.get(2).get("result");
    Set<String> coreTypes = typesRegisteredIn(jar);
    int engineering = estate.resources().inAccount(StandardEstate.ENGINEERING)
        .filter(r -> coreTypes.contains(r.type()) || broad(r)).size();
    assertThat(collect.get("status").asText()).as(collect.toString()).isEqualTo("ok");
    assertThat(collect.get("resources").asInt()).isEqualTo(engineering);
    JsonNode cost = run.results.get(3).get("result");
    assertThat(cost.get("over_threshold").asBoolean()).as("the alert was published: %s", cost).isTrue();
    JsonNode plan = run.results.get(4).get("result");
    assertThat(plan.get("batches").toString()).isEqualTo("[[\"111111111111\",\"222222222222\"],[\"333333333333\"]]");
    JsonNode unknown = run.results.get(5).get("result");
    assertThat(unknown.get("status").asText()).isEqualTo("error");
    assertThat(unknown.get("error").asText()).contains("unknown action \"reboot\"");
    assertThat(run.stdout.lines().filter(l -> l.startsWith("{\"_aws\":"))).as("EMF lines on standard output")
        .isNotEmpty().allSatisfy(l -> assertThat(JSON.readTree(l).get("_aws").get("CloudWatchMetrics").get(0)
            .get("Namespace").asText()).isEqualTo("AWSInventory"));
    long cold = run.results.get(0).get("millis").asLong();
    long warm = run.results.get(1).get("millis").asLong();
    assertThat(warm).as("the same summary, warm, is faster than cold").isLessThan(cold);
    record(String.format(Locale.ROOT, "default JIT: JVM start to main %d ms, handler init %d ms, first summary %d ms "
            + "(JVM uptime then %d ms), warm summary %d ms, collect of one account (%d resources) %d ms",
        run.timing.get("jvm_start_to_main_ms").asLong(), run.timing.get("init_ms").asLong(), cold,
        run.results.get(0).get("jvm_uptime_ms").asLong(), warm, engineering,
        run.results.get(2).get("millis").asLong()));
  }

  @Test
  void eachGroupsJar_inAFreshJvm_collectsItsOwnTypes_andTogetherTheJarsCollectEveryResourceOnce() throws Exception {
    String event = "{\"action\": \"collect\", \"accounts\": [\"" + StandardEstate.ENGINEERING + "\"]}";
    int total = 0;
    Set<String> registered = new TreeSet<>();
    for (Map.Entry<String, Path> each : jars.entrySet()) {
      Set<String> types = typesRegisteredIn(each.getValue());
      Set<String> twice = new TreeSet<>(types);
      twice.retainAll(registered);
      assertThat(twice).as("types registered in more than one jar").isEmpty();
      registered.addAll(types);
      boolean core = each.getKey().equals("lambda");
      Run run = runInFreshJvm(each.getValue(), List.of(), event);

      JsonNode collect = run.results.get(0).get("result");
      String group = core ? "core" : each.getKey().substring("lambda-".length());
      assertThat(collect.get("group").asText()).isEqualTo(group);
      if (estate.collectorTypes().stream().noneMatch(types::contains)) {
        assertThat(collect.get("status").asText()).as("the configuration names none of %s's types: %s", group,
            collect).isEqualTo("skipped");
        continue;
      }
      assertThat(collect.get("status").asText()).as("%s: %s", each.getKey(), run).isEqualTo("ok");
      int expected = estate.resources().inAccount(StandardEstate.ENGINEERING)
          .filter(r -> types.contains(r.type()) || core && broad(r)).size();
      assertThat(collect.get("resources").asInt()).as("%s collects its types' resources: %s", group, collect)
          .isEqualTo(expected);
      total += collect.get("resources").asInt();
    }
    assertThat(registered).as("every built-in collector is in some jar").containsAll(
        ResourceCollectors.discoveredTypes().stream().map(ResourceType::name).collect(Collectors.toList()));
    assertThat(total).as("the jars together collect each resource of the account once")
        .isEqualTo(estate.resources().inAccount(StandardEstate.ENGINEERING).size());
  }

  @Test
  void freshJvm_withTheFlagsOfLambdasJava17Runtime_measuresTheColdStart() throws Exception {
    Run run = runInFreshJvm(List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
        "{\"action\": \"summary\"}", "{\"action\": \"summary\"}");

    assertThat(run.results).as(run.toString()).hasSize(2).allSatisfy(r -> {
      assertThat(r.get("result").get("status").asText()).isEqualTo("ok");
      assertThat(r.get("result").get("resources").asInt())
          .isGreaterThanOrEqualTo(estate.resources().inAccount(StandardEstate.DATA).size());
    });
    record(String.format(Locale.ROOT, "C1 only, serial GC: JVM start to main %d ms, handler init %d ms, first summary %d ms "
            + "(JVM uptime then %d ms), warm summary %d ms",
        run.timing.get("jvm_start_to_main_ms").asLong(), run.timing.get("init_ms").asLong(),
        run.results.get(0).get("millis").asLong(), run.results.get(0).get("jvm_uptime_ms").asLong(),
        run.results.get(1).get("millis").asLong()));
  }

  // ------------------------------------------------------------------------------------------- helpers

  /** The shaded jars the package phase built, by classifier. */
  private static Map<String, Path> lambdaJars() throws IOException {
    Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
    Map<String, Path> found = new TreeMap<>();
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "inventory-lambda-*-lambda*.jar")) {
      for (Path each : jars) {
        String name = each.getFileName().toString();
        found.put(name.substring(name.lastIndexOf("-lambda") + 1, name.length() - ".jar".length()), each);
      }
    }
    assertThat(found).as("the deployment jars in %s: run the package phase first (mvn verify does)",
        target.toAbsolutePath()).isNotEmpty();
    return found;
  }

  /** The types of the collectors a jar registers, loaded here by their names. */
  private static Set<String> typesRegisteredIn(Path jar) throws Exception {
    String services;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry("META-INF/services/" + ResourceCollector.class.getName());
      services = entry == null ? "" : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> types = new TreeSet<>();
    for (String line : services.split("\\R")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        types.add(((ResourceCollector) Class.forName(line.strip()).getConstructor().newInstance()).type().name());
      }
    }
    return types;
  }

  /** Compiles the runner against the deployment jar alone. */
  private static Path compileRunner(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path source = Files.writeString(dir.resolve("Runner.java"), RUNNER);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler").isNotNull();
    int status = javac.run(null, null, null, "-classpath", jar.toString(), "-d", dir.toString(), source.toString());
    assertThat(status).as("javac Runner.java").isZero();
    return dir;
  }

  private static Run runInFreshJvm(List<String> jvmOptions, String... events) throws Exception {
    return runInFreshJvm(jar, jvmOptions, events);
  }

  private static Run runInFreshJvm(Path jar, List<String> jvmOptions, String... events) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    // the emulator answers Kinesis in JSON only; the SDK speaks CBOR to it unless told otherwise
    command.add("-Daws.cborEnabled=false");
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", jar + File.pathSeparator + runner, "Runner"));
    Collections.addAll(command, events);
    ProcessBuilder builder = new ProcessBuilder(command).directory(runner.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    Path stdout = Files.createTempFile(runner, "stdout", ".txt");
    Path stderr = Files.createTempFile(runner, "stderr", ".txt");
    builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());

    Process process = builder.start();
    boolean finished = process.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }

    Run run = new Run(Files.readString(stdout), Files.readString(stderr));
    assertThat(finished).as("the runner finished within 120 s: %s", run).isTrue();
    assertThat(process.exitValue()).as("the runner's exit status: %s", run).isZero();
    return run;
  }

  private static void record(String measurement) throws IOException {
    System.out.println("[lambda jar] " + measurement);
    Files.writeString(Path.of(System.getProperty("basedir", ".")).resolve("target/lambda-jar-measurements.txt"),
        measurement + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** What the runner printed. */
  private static final class Run {
    final String stdout;
    final String stderr;
    final JsonNode timing;
    final List<JsonNode> results = new ArrayList<>();

    Run(String stdout, String stderr) throws IOException {
      this.stdout = stdout;
      this.stderr = stderr;
      JsonNode time = null;
      for (String line : stdout.split("\\R")) {
        if (line.startsWith("TIMING ")) {
          time = JSON.readTree(line.substring(7));
        } else if (line.startsWith("RESULT ")) {
          results.add(JSON.readTree(line.substring(7)));
        }
      }
      this.timing = time;
    }

    @Override
    public String toString() {
      return "stdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
  }
}
