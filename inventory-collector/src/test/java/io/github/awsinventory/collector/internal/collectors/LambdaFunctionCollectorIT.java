package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;

@AwsEmulatorTest
class LambdaFunctionCollectorIT {

  private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

  @Test
  void collect_functionOnDeprecatedRuntime_reportsRuntimeSizingAndTags(AwsEmulator aws) {
    CreateFunctionResponse created = function(aws, ACCOUNT, "resize-images");

    CollectorRun run = CollectorRun.collect(aws, ResourceType.LAMBDA_FUNCTION);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("lambda_function", 1L);
    Resource function = run.named("resize-images");
    assertThat(function.resourceId())
        .isEqualTo("arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:resize-images");
    assertThat(function.tags()).isEqualTo(Map.of("team", "media", "cost-center", "42"));
    assertThat(function.attributes())
        .containsEntry("runtime", "python3.8")
        .containsEntry("memory_mb", number(256))
        .containsEntry("timeout_seconds", number(30))
        .containsEntry("architectures", List.of("arm64"))
        .containsEntry("handler", "index.handler")
        .containsEntry("role", created.role())
        .containsEntry("package_type", "Zip")
        .containsEntry("code_size_bytes", number(created.codeSize()))
        .containsEntry("ephemeral_storage_mb", number(512))
        .containsEntry("last_modified", created.lastModified())
        .containsEntry("version", "$LATEST");
    assertThat(function.unknownAttributes()).isEmpty();
  }

  @Test
  void collect_whenTagsAreDenied_keepsFunctionWithTagsUnknown(AwsEmulator aws) {
    String account = "333333333333";
    function(aws, account, "tagless");
    FaultInjector faults = FaultInjector.withSeed(7);
    faults.add(FaultRule.accessDenied().service("lambda").operation("ListTags"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.LAMBDA_FUNCTION, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    Resource function = run.named("tagless");
    assertThat(function.unknownAttributes()).containsExactly("tags");
    assertThat(function.tags()).isEmpty();
    assertThat(function.attributes()).containsEntry("runtime", "python3.8");
    assertThat(run.report.detailErrors()).singleElement().asString().contains(function.resourceId()).contains("tags");
  }

  private static CreateFunctionResponse function(AwsEmulator aws, String account, String name) {
    String role = aws.client(IamClient.builder(), account).createRole(r -> r.roleName(name + "-role")
        .assumeRolePolicyDocument(TRUST)).role().arn();
    return aws.client(LambdaClient.builder(), account).createFunction(r -> r.functionName(name).runtime("python3.8")
        .role(role).handler("index.handler").memorySize(256).timeout(30).architectures(Architecture.ARM64)
        .code(c -> c.zipFile(SdkBytes.fromByteArray(zip("index.py", "def handler(event, context):\n    return 1\n"))))
        .tags(Map.of("team", "media", "cost-center", "42")));
  }

  private static byte[] zip(String name, String content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
