package io.github.awsinventory.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

class AwsRequestsTest {

  private static final String AUTH = "AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20261125/eu-west-1/%s/aws4_request, "
      + "SignedHeaders=host;x-amz-date, Signature=abc";

  @Test
  void scope_readsKeyRegionAndServiceFromTheSignature() {
    AwsRequests.Scope scope = AwsRequests.scope(request(SdkHttpMethod.POST, "/", "ec2").build());

    assertThat(scope.accessKeyId).isEqualTo("ASIAEXAMPLE");
    assertThat(scope.region).isEqualTo("eu-west-1");
    assertThat(scope.service).isEqualTo("ec2");
  }

  @Test
  void operation_jsonProtocol_comesFromTheTargetHeader() {
    SdkHttpRequest r = request(SdkHttpMethod.POST, "/", "dynamodb")
        .putHeader("X-Amz-Target", "DynamoDB_20120810.BatchWriteItem").build();

    assertThat(AwsRequests.operation("dynamodb", r, Map.of())).isEqualTo("BatchWriteItem");
  }

  @Test
  void operation_queryProtocol_comesFromTheActionAndAssumeRoleTargetsTheRolesAccount() {
    SdkHttpRequest r = request(SdkHttpMethod.POST, "/", "sts")
        .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").build();
    byte[] body = "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A222222222222%3Arole%2FInventoryRole"
        .getBytes(StandardCharsets.UTF_8);

    Map<String, String> form = AwsRequests.form(r, body);

    assertThat(AwsRequests.operation("sts", r, form)).isEqualTo("AssumeRole");
    assertThat(AwsRequests.targetAccount("AssumeRole", form)).contains("222222222222");
  }

  @Test
  void protocol_ofRoute53AndCloudFront_isRestXmlWithWrappedErrors() {
    assertThat(AwsRequests.protocol("route53")).isEqualTo(AwsRequests.Protocol.REST_XML_WRAPPED);
    assertThat(AwsRequests.protocol("cloudfront")).isEqualTo(AwsRequests.Protocol.REST_XML_WRAPPED);
    assertThat(AwsRequests.protocol("s3")).isEqualTo(AwsRequests.Protocol.REST_XML);
  }

  @Test
  void operation_restXml_isTheMethodAndPath() {
    SdkHttpRequest r = request(SdkHttpMethod.GET, "/2013-04-01/queryloggingconfig", "route53").build();

    assertThat(AwsRequests.operation("route53", r, Map.of())).isEqualTo("GET /2013-04-01/queryloggingconfig");
  }

  @Test
  void operation_s3_isNamedFromMethodPathAndSubresource() {
    assertThat(op("s3", SdkHttpMethod.GET, "/", null)).isEqualTo("ListBuckets");
    assertThat(op("s3", SdkHttpMethod.GET, "/bucket", "encryption")).isEqualTo("GetBucketEncryption");
    assertThat(op("s3", SdkHttpMethod.GET, "/bucket", "publicAccessBlock")).isEqualTo("GetPublicAccessBlock");
    assertThat(op("s3", SdkHttpMethod.GET, "/bucket", "location")).isEqualTo("GetBucketLocation");
    assertThat(op("s3", SdkHttpMethod.GET, "/v20180820/configuration/publicAccessBlock", null))
        .isEqualTo("GetAccountPublicAccessBlock");
    assertThat(op("s3", SdkHttpMethod.PUT, "/bucket", null)).isEqualTo("CreateBucket");
    assertThat(op("s3", SdkHttpMethod.PUT, "/bucket/key.txt", null)).isEqualTo("PutObject");
  }

  @Test
  void operation_lambda_isNamedFromMethodAndPath() {
    assertThat(op("lambda", SdkHttpMethod.GET, "/2015-03-31/functions/", null)).isEqualTo("ListFunctions");
    assertThat(op("lambda", SdkHttpMethod.GET, "/2017-03-31/tags/arn%3Aaws%3Alambda", null)).isEqualTo("ListTags");
    assertThat(op("lambda", SdkHttpMethod.POST, "/2015-03-31/functions/f/invocations", null)).isEqualTo("Invoke");
  }

  private static String op(String service, SdkHttpMethod method, String path, String subresource) {
    SdkHttpFullRequest.Builder builder = request(method, path, service);
    if (subresource != null) {
      builder.putRawQueryParameter(subresource, "");
    }
    return AwsRequests.operation(service, builder.build(), Map.of());
  }

  private static SdkHttpFullRequest.Builder request(SdkHttpMethod method, String path, String service) {
    return SdkHttpFullRequest.builder().method(method).uri(URI.create("http://127.0.0.1:5000" + path))
        .putHeader("Authorization", String.format(AUTH, service));
  }
}
