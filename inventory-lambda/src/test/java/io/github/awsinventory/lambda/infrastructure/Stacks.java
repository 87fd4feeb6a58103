package io.github.awsinventory.lambda.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudformation.waiters.CloudFormationWaiter;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Deploys templates into the emulator's CloudFormation and reads back what it created. */
final class Stacks {

  static final String CENTRAL_ACCOUNT = "123456789012";
  static final String REGION = "us-east-1";
  static final String ARTIFACT_BUCKET = "aws-inventory-artifacts-" + CENTRAL_ACCOUNT + "-" + REGION;
  static final String ARTIFACT_KEY = "aws-inventory/inventory-lambda-test.jar";
  static final String DATA_ARTIFACT_KEY = "aws-inventory/inventory-lambda-data-test.jar";
  static final String APP_ARTIFACT_KEY = "aws-inventory/inventory-lambda-app-test.jar";
  /** The artifact parameters of the central template: the bucket and the three collector groups' jars. */
  static final Map<String, String> ARTIFACTS = Map.of("ArtifactBucket", ARTIFACT_BUCKET, "ArtifactKey", ARTIFACT_KEY,
      "DataArtifactKey", DATA_ARTIFACT_KEY, "AppArtifactKey", APP_ARTIFACT_KEY);

  private static final ObjectMapper JSON = new ObjectMapper();

  private Stacks() {}

  /** A small but valid jar, standing in for the Lambda jar (the emulator never runs it). */
  static byte[] dummyJar() {
    return dummyJar("1");
  }

  /** A stand-in jar of a given build; different builds differ in content. */
  static byte[] dummyJar(String build) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write(("Manifest-Version: 1.0\nImplementation-Version: " + build + "\n").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Path writeDummyJar(Path dir) {
    return writeDummyJar(dir, "1");
  }

  /** Writes the core jar of a build and, beside it, the data and app collector groups' jars; returns the core one. */
  static Path writeDummyJar(Path dir, String build) {
    try {
      Files.write(dir.resolve("inventory-lambda-" + build + "-lambda-data.jar"), dummyJar(build + "-data"));
      Files.write(dir.resolve("inventory-lambda-" + build + "-lambda-app.jar"), dummyJar(build + "-app"));
      return Files.write(dir.resolve("inventory-lambda-" + build + "-lambda.jar"), dummyJar(build));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The artifact bucket deploy.sh would create, holding dummy jars under the three artifact keys. */
  static void uploadArtifact(S3Client s3) {
    s3.createBucket(b -> b.bucket(ARTIFACT_BUCKET));
    s3.putObject(p -> p.bucket(ARTIFACT_BUCKET).key(ARTIFACT_KEY), RequestBody.fromBytes(dummyJar()));
    s3.putObject(p -> p.bucket(ARTIFACT_BUCKET).key(DATA_ARTIFACT_KEY), RequestBody.fromBytes(dummyJar("1-data")));
    s3.putObject(p -> p.bucket(ARTIFACT_BUCKET).key(APP_ARTIFACT_KEY), RequestBody.fromBytes(dummyJar("1-app")));
  }

  /** Creates a stack from a template file and waits until it is CREATE_COMPLETE. */
  static Stack create(CloudFormationClient cfn, String name, String template, Map<String, String> parameters) {
    String body;
    try {
      body = Files.readString(Infrastructure.root().resolve(template));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Parameter> values = parameters.entrySet().stream()
        .map(p -> Parameter.builder().parameterKey(p.getKey()).parameterValue(p.getValue()).build())
        .collect(Collectors.toList());
    cfn.createStack(r -> r.stackName(name).templateBody(body).parameters(values)
        .capabilities(Capability.CAPABILITY_IAM, Capability.CAPABILITY_NAMED_IAM));
    try (CloudFormationWaiter waiter = CloudFormationWaiter.builder().client(cfn)
        .overrideConfiguration(o -> o.maxAttempts(600).waitTimeout(Duration.ofMinutes(5))
            .backoffStrategyV2(BackoffStrategy.fixedDelay(Duration.ofMillis(250))))
        .build()) {
      return waiter.waitUntilStackCreateComplete(r -> r.stackName(name)).matched().response()
          .orElseThrow(() -> new AssertionError("stack " + name + " was not created: " + failures(cfn, name)))
          .stacks().get(0);
    } catch (SdkClientException e) {
      throw new AssertionError("stack " + name + " was not created: " + failures(cfn, name), e);
    }
  }

  /** Logical id to physical id of the resources the emulator created (it leaves out types it does not know). */
  static Map<String, String> createdResources(CloudFormationClient cfn, String stack) {
    Map<String, String> created = new TreeMap<>();
    for (StackResourceSummary resource : cfn.listStackResourcesPaginator(r -> r.stackName(stack))
        .stackResourceSummaries()) {
      if (resource.logicalResourceId() != null && resource.physicalResourceId() != null
          && !resource.physicalResourceId().isEmpty()) {
        created.put(resource.logicalResourceId(), resource.physicalResourceId());
      }
    }
    return created;
  }

  /** An inline role policy as JSON. */
  static JsonNode rolePolicy(IamClient iam, String role, String policy) {
    return policyDocument(iam.getRolePolicy(r -> r.roleName(role).policyName(policy)).policyDocument());
  }

  /** A role's trust policy as JSON. */
  static JsonNode trustPolicy(IamClient iam, String role) {
    return policyDocument(iam.getRole(r -> r.roleName(role)).role().assumeRolePolicyDocument());
  }

  /**
   * Parses a policy document as IAM returns it (URL-encoded JSON). moto 5.2 stores the inline policies of roles
   * that CloudFormation creates as Python literals ({@code {'Version': ...}}); those are read as JSON too.
   */
  static JsonNode policyDocument(String document) {
    String text = document.startsWith("%") ? URLDecoder.decode(document, StandardCharsets.UTF_8) : document;
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException notJson) {
      String pythonLiteralAsJson = text.replace('\'', '"').replace(": True", ": true").replace(": False", ": false")
          .replace(": None", ": null");
      try {
        return JSON.readTree(pythonLiteralAsJson);
      } catch (JsonProcessingException e) {
        throw new AssertionError("policy document is neither JSON nor a Python literal: " + text, e);
      }
    }
  }

  private static String failures(CloudFormationClient cfn, String name) {
    return cfn.describeStackEvents(r -> r.stackName(name)).stackEvents().stream()
        .filter(e -> e.resourceStatusAsString() != null && e.resourceStatusAsString().contains("FAILED"))
        .map(StackEvent::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
