package io.github.awsinventory.lambda.infrastructure;

import static io.github.awsinventory.lambda.infrastructure.Stacks.ARTIFACT_BUCKET;
import static io.github.awsinventory.lambda.infrastructure.Stacks.CENTRAL_ACCOUNT;
import static io.github.awsinventory.lambda.infrastructure.Stacks.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.testkit.MotoServer;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Object;

/** deploy.sh end to end with the AWS CLI against moto ({@code --endpoint-url}), with a stand-in jar. */
@AwsEmulatorTest
class DeployScriptIT {

  private static final Pattern MEMBER_COMMAND =
      Pattern.compile("--parameter-overrides MasterAccountId=(\\S+) ExternalId=(\\S+)");

  @Test
  void deploy_createsArtifactBucketAndStackAndPrintsTheMemberRoleCommand(MotoServer moto, @TempDir Path dir) {
    Path jar = Stacks.writeDummyJar(dir);

    Infrastructure.Result result = deploy(moto, dir, awsPath(), "--jar", jar.toString());

    assertThat(result.exitCode).as(result.toString()).isZero();
    Stack stack = moto.client(CloudFormationClient.builder())
        .describeStacks(r -> r.stackName("aws-inventory-system")).stacks().get(0);
    assertThat(stack.stackStatus()).isEqualTo(StackStatus.CREATE_COMPLETE);
    Map<String, String> parameters = stack.parameters().stream()
        .collect(Collectors.toMap(Parameter::parameterKey, Parameter::parameterValue));
    S3Client s3 = moto.client(S3Client.builder());
    assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).contains(ARTIFACT_BUCKET);
    assertThat(ARTIFACT_BUCKET).contains(CENTRAL_ACCOUNT).contains(REGION);
    assertThat(parameters).containsEntry("ArtifactBucket", ARTIFACT_BUCKET);
    assertThat(s3.listObjectsV2(r -> r.bucket(ARTIFACT_BUCKET)).contents()).extracting(S3Object::key)
        .contains(parameters.get("ArtifactKey"), parameters.get("DataArtifactKey"), parameters.get("AppArtifactKey"));
    assertThat(parameters.get("ArtifactKey")).matches("aws-inventory/inventory-lambda-[0-9a-f]{16}\\.jar");
    assertThat(parameters.get("DataArtifactKey")).matches("aws-inventory/inventory-lambda-data-[0-9a-f]{16}\\.jar");
    assertThat(parameters.get("AppArtifactKey")).matches("aws-inventory/inventory-lambda-app-[0-9a-f]{16}\\.jar");
    assertThat(s3.getBucketEncryption(r -> r.bucket(ARTIFACT_BUCKET)).serverSideEncryptionConfiguration().rules()
        .get(0).applyServerSideEncryptionByDefault().sseAlgorithmAsString()).isEqualTo("AES256");
    PublicAccessBlockConfiguration publicAccess = s3.getPublicAccessBlock(r -> r.bucket(ARTIFACT_BUCKET))
        .publicAccessBlockConfiguration();
    assertThat(List.of(publicAccess.blockPublicAcls(), publicAccess.ignorePublicAcls(), publicAccess.blockPublicPolicy(),
        publicAccess.restrictPublicBuckets())).containsOnly(true);
    Matcher command = MEMBER_COMMAND.matcher(result.output);
    assertThat(command.find()).as("member-role command in:\n" + result.output).isTrue();
    assertThat(command.group(1)).isEqualTo(CENTRAL_ACCOUNT);
    assertThat(command.group(2)).matches("aws-inventory-[0-9a-f]{32}").isEqualTo(parameters.get("ExternalId"));
    assertThat(result.output).contains("aws cloudformation deploy --stack-name aws-inventory-role")
        .contains("--permission-model SERVICE_MANAGED --auto-deployment Enabled=true")
        .contains("ParameterKey=MasterAccountId,ParameterValue=" + CENTRAL_ACCOUNT)
        .contains("aws lambda invoke --function-name aws-inventory-collector:live");
    assertThat(moto.client(LambdaClient.builder()).getFunctionConfiguration(r -> r.functionName("aws-inventory-collector"))
        .environment().variables()).containsEntry("EXTERNAL_ID", command.group(2));
    assertThat(moto.client(DynamoDbClient.builder()).describeTable(r -> r.tableName("aws-inventory")).table()
        .billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
  }

  @Test
  void deploy_ofANewBuild_keepsTheExternalIdSoMemberRolesStayValid(MotoServer moto, @TempDir Path dir) {
    List<String> options = List.of("--stack-name", "inventory-twice", "--organization-id", "o-exampleorg1",
        "--parameter", "FunctionName=inventory-twice", "--parameter", "TableName=inventory-twice");
    Infrastructure.Result first = deploy(moto, dir, awsPath(), with(options, "--jar", Stacks.writeDummyJar(dir, "1")));

    Infrastructure.Result second = deploy(moto, dir, awsPath(), with(options, "--jar", Stacks.writeDummyJar(dir, "2")));

    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(second.exitCode).as(second.toString()).isZero();
    assertThat(second.output).contains("Keeping the stack's ExternalId").contains("OrganizationId=o-exampleorg1");
    assertThat(externalId(second)).isEqualTo(externalId(first));
    assertThat(moto.client(LambdaClient.builder()).getFunctionConfiguration(r -> r.functionName("inventory-twice"))
        .environment().variables()).containsEntry("EXTERNAL_ID", externalId(first));
  }

  @Test
  void deploy_whenTheStackCannotBeCreated_failsWithTheReason(MotoServer moto, @TempDir Path dir) {
    moto.client(DynamoDbClient.builder()).createTable(r -> r.tableName("taken")
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName("id").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("id").attributeType("S")));

    Infrastructure.Result result = deploy(moto, dir, awsPath(), "--jar", Stacks.writeDummyJar(dir).toString(),
        "--stack-name", "inventory-fails", "--parameter", "TableName=taken", "--parameter", "FunctionName=fails");

    assertThat(result.exitCode).as(result.toString()).isEqualTo(1);
    assertThat(result.output).contains("deploy.sh: error: the deployment of inventory-fails failed")
        .doesNotContain("Next: deploy the read-only member role");
  }

  @Test
  void deploy_withoutTheCollectorGroupJars_failsBeforeUploadingAnything(MotoServer moto, @TempDir Path dir)
      throws Exception {
    Path jar = java.nio.file.Files.write(dir.resolve("inventory-lambda-9-lambda.jar"), Stacks.dummyJar("9"));

    Infrastructure.Result result = deploy(moto, dir, awsPath(), "--jar", jar.toString(), "--stack-name",
        "inventory-no-groups");

    assertThat(result.exitCode).as(result.toString()).isEqualTo(1);
    assertThat(result.output).contains("deploy.sh: error: the collector group jar " + dir.resolve(
        "inventory-lambda-9-lambda-data.jar") + " does not exist").doesNotContain("== Uploading");
  }

  @Test
  void deploy_withoutCredentials_failsFast(MotoServer moto, @TempDir Path dir) {
    Map<String, String> environment = environment(dir, awsPath());
    environment.remove("AWS_ACCESS_KEY_ID");
    environment.remove("AWS_SECRET_ACCESS_KEY");

    Infrastructure.Result result = run(moto, environment, "--skip-build");

    assertThat(result.exitCode).as(result.toString()).isEqualTo(1);
    assertThat(result.output).contains("deploy.sh: error: no usable AWS credentials");
  }

  @Test
  void deploy_withoutTheAwsCli_failsFast(MotoServer moto, @TempDir Path dir) {
    Infrastructure.Result result = deploy(moto, dir, tools(dir, "dirname").toString(), "--skip-build");

    assertThat(result.exitCode).as(result.toString()).isEqualTo(1);
    assertThat(result.output).contains("deploy.sh: error: the AWS CLI ('aws') is not on the PATH");
  }

  @Test
  void deploy_withoutAJdk_failsBeforeBuilding(MotoServer moto, @TempDir Path dir) {
    String path = tools(dir, "dirname", "cut", "head", "sed") + ":" + awsDirectory();

    Infrastructure.Result result = deploy(moto, dir, path);

    assertThat(result.exitCode).as(result.toString()).isEqualTo(1);
    assertThat(result.output).contains("deploy.sh: error: no JDK");
  }

  private static Infrastructure.Result deploy(MotoServer moto, Path dir, String path, String... options) {
    return run(moto, environment(dir, path), options);
  }

  private static String[] with(List<String> options, String option, Path value) {
    List<String> all = new ArrayList<>(options);
    all.add(option);
    all.add(value.toString());
    return all.toArray(String[]::new);
  }

  private static Infrastructure.Result run(MotoServer moto, Map<String, String> environment, String... options) {
    List<String> command = new ArrayList<>(List.of(bash().toString(), "deploy.sh", "--endpoint-url",
        moto.endpoint().toString(), "--region", REGION));
    command.addAll(List.of(options));
    return Infrastructure.run(command, environment, 300);
  }

  /** A clean environment: moto's fake credentials, no AWS config files, no instance metadata look-ups. */
  private static Map<String, String> environment(Path dir, String path) {
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", path);
    environment.put("HOME", System.getProperty("user.home"));
    environment.put("AWS_ACCESS_KEY_ID", "testing");
    environment.put("AWS_SECRET_ACCESS_KEY", "testing");
    environment.put("AWS_DEFAULT_REGION", REGION);
    environment.put("AWS_CONFIG_FILE", dir.resolve("no-aws-config").toString());
    environment.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-aws-credentials").toString());
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
    Stream.of("PYENV_ROOT", "PYENV_VERSION", "LANG").forEach(name -> {
      if (System.getenv(name) != null) {
        environment.put(name, System.getenv(name));
      }
    });
    return environment;
  }

  /** The AWS CLI's directory, then the system's. */
  private static String awsPath() {
    return awsDirectory() + ":/usr/local/bin:/usr/bin:/bin";
  }

  private static Path awsDirectory() {
    return Infrastructure.requireTool("aws", "python3 -m pip install awscli").getParent();
  }

  /** A directory with only the named system tools, for a PATH without the AWS CLI or a JDK. */
  private static Path tools(Path dir, String... names) {
    Path bin = dir.resolve("bin");
    try {
      Files.createDirectories(bin);
      for (String name : names) {
        Path tool = Stream.of(Path.of("/usr/bin", name), Path.of("/bin", name)).filter(Files::isExecutable).findFirst()
            .orElseThrow(() -> new AssertionError(name + " is in neither /usr/bin nor /bin"));
        Files.createSymbolicLink(bin.resolve(name), tool);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bin;
  }

  private static Path bash() {
    return Stream.of(Path.of("/bin/bash"), Path.of("/usr/bin/bash")).filter(Files::isExecutable).findFirst()
        .orElseThrow(() -> new AssertionError("bash is in neither /bin nor /usr/bin"));
  }

  private static String externalId(Infrastructure.Result result) {
    Matcher command = MEMBER_COMMAND.matcher(result.output);
    assertThat(command.find()).as("member-role command in:\n" + result.output).isTrue();
    return command.group(2);
  }
}
