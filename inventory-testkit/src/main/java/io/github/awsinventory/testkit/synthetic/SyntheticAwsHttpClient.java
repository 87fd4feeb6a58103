package io.github.awsinventory.testkit.synthetic;

import io.github.awsinventory.testkit.internal.AwsRequests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} that answers AWS calls with canned, generated responses instead of sending
 * them anywhere: a synthetic estate of any size, for scale benchmarks where an emulator would be too
 * slow to populate. Combine it with {@link io.github.awsinventory.testkit.fault.FaultInjector#wrap} to
 * add latency and throttling.
 *
 * <p>It answers: STS AssumeRole (a distinct access key per account) and GetCallerIdentity; EC2
 * DescribeRegions (the configured regions enabled) and DescribeInstances (a fixed number of instances per
 * account and region, paginated); every other EC2 Describe* call with an empty page; for a wide account, S3
 * ListBuckets (with each bucket's {@code BucketRegion}, or without it), GetBucketLocation, GetBucketEncryption,
 * GetPublicAccessBlock (S3 Control's too), GetBucketVersioning and GetBucketTagging, and IAM
 * GetAccountAuthorizationDetails (users or roles, paginated), GenerateCredentialReport and GetCredentialReport,
 * with the ARNs of the account whose AssumeRole issued the request's access key; DynamoDB Query (no items),
 * BatchWriteItem (everything processed), PutItem and UpdateItem. Anything else is answered with an error
 * naming the call.
 *
 * <pre>{@code
 * SdkHttpClient aws = SyntheticAwsHttpClient.builder().regions(List.of("us-east-1")).instancesPerScope(100)
 *     .pageSize(50).build();
 * SdkHttpClient wide = SyntheticAwsHttpClient.builder().buckets(5_000).users(2_000).roles(1_000)
 *     .pageSize(10_000).build();
 * }</pre>
 */
public final class SyntheticAwsHttpClient implements SdkHttpClient {

  private static final String DEFAULT_ACCOUNT = "123456789012";

  private final List<String> regions;
  private final int instancesPerScope;
  private final int pageSize;
  private final LongAdder batchWrites = new LongAdder();
  private final LongAdder itemsWritten = new LongAdder();
  private final AtomicLong keys = new AtomicLong();
  private final Map<String, String> accountByKey = new ConcurrentHashMap<>();
  private final WideAccount wide;

  private SyntheticAwsHttpClient(Builder builder) {
    this.regions = List.copyOf(builder.regions);
    this.instancesPerScope = builder.instancesPerScope;
    this.pageSize = builder.pageSize;
    this.wide = new WideAccount(regions, builder.buckets, builder.bucketRegionInListing, builder.users,
        builder.roles, builder.pageSize);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * BatchWriteItem calls answered.
   *
   * @return a count
   */
  public long batchWriteCalls() {
    return batchWrites.sum();
  }

  /**
   * Items received in BatchWriteItem calls.
   *
   * @return a count
   */
  public long itemsWritten() {
    return itemsWritten.sum();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        return answer(request);
      }

      @Override
      public void abort() {
        // nothing is in flight
      }
    };
  }

  @Override
  public String clientName() {
    return "SyntheticAws";
  }

  @Override
  public void close() {
    // nothing to release
  }

  private HttpExecuteResponse answer(HttpExecuteRequest request) throws IOException {
    byte[] body = body(request.contentStreamProvider());
    AwsRequests.Scope scope = AwsRequests.scope(request.httpRequest());
    Map<String, String> form = AwsRequests.form(request.httpRequest(), body);
    String operation = AwsRequests.operation(scope.service, request.httpRequest(), form);
    switch (scope.service + ":" + operation) {
      case "sts:AssumeRole":
        return xml(assumeRole(form.getOrDefault("RoleArn", "arn:aws:iam::000000000000:role/x")));
      case "sts:GetCallerIdentity":
        return xml("<GetCallerIdentityResponse><GetCallerIdentityResult><Account>123456789012</Account>"
            + "<Arn>arn:aws:iam::123456789012:user/synthetic</Arn><UserId>AIDASYNTHETIC</UserId>"
            + "</GetCallerIdentityResult></GetCallerIdentityResponse>");
      case "ec2:DescribeRegions":
        return xml(describeRegions());
      case "ec2:DescribeInstances":
        return xml(describeInstances(scope.region, form));
      case "s3:ListBuckets":
        return xml(wide.listBuckets(request.httpRequest().rawQueryParameters()));
      case "s3:GetAccountPublicAccessBlock":
        return xml(WideAccount.publicAccessBlock());
      case "iam:GetAccountAuthorizationDetails":
        return xml(wide.authorizationDetails(account(scope), form));
      case "iam:GenerateCredentialReport":
        return xml(WideAccount.generateCredentialReport());
      case "iam:GetCredentialReport":
        return xml(wide.credentialReport(account(scope)));
      case "dynamodb:Query":
        return json("{\"Items\":[],\"Count\":0,\"ScannedCount\":0}");
      case "dynamodb:BatchWriteItem":
        batchWrites.increment();
        itemsWritten.add(count(new String(body, StandardCharsets.UTF_8), "\"PutRequest\""));
        return json("{\"UnprocessedItems\":{}}");
      case "dynamodb:PutItem":
      case "dynamodb:UpdateItem":
        return json("{}");
      default:
        if ("ec2".equals(scope.service) && operation.startsWith("Describe")) {
          return xml("<" + operation + "Response><requestId>synthetic</requestId></" + operation + "Response>");
        }
        if ("s3".equals(scope.service)) {
          return bucket(operation, request.httpRequest().encodedPath());
        }
        return error(scope.service + ":" + operation);
    }
  }

  private HttpExecuteResponse bucket(String operation, String path) {
    int bucket = WideAccount.bucketIndex(path.replaceAll("^/+|/.*$", ""));
    if (bucket < 0) {
      return error("s3:" + operation + " " + path);
    }
    switch (operation) {
      case "GetBucketLocation":
        return xml(wide.bucketLocation(bucket));
      case "GetBucketEncryption":
        return xml(wide.bucketEncryption(bucket));
      case "GetPublicAccessBlock":
        return found(wide.bucketPublicAccessBlock(bucket), "NoSuchPublicAccessBlockConfiguration");
      case "GetBucketVersioning":
        return xml(wide.bucketVersioning(bucket));
      case "GetBucketTagging":
        return found(wide.bucketTagging(bucket), "NoSuchTagSet");
      default:
        return error("s3:" + operation);
    }
  }

  /** A body, or S3's 404 with this code when there is none. */
  private static HttpExecuteResponse found(String body, String code) {
    return body != null ? xml(body) : response(404, "application/xml", "<Error><Code>" + code + "</Code>"
        + "<Message>The configuration does not exist</Message></Error>");
  }

  /** The account of the request's access key: the one whose AssumeRole issued it. */
  private String account(AwsRequests.Scope scope) {
    return scope.accessKeyId == null ? DEFAULT_ACCOUNT
        : accountByKey.getOrDefault(scope.accessKeyId, DEFAULT_ACCOUNT);
  }

  private String assumeRole(String roleArn) {
    String account = roleArn.replaceAll("^arn:aws[a-z-]*:iam::(\\d{12}):role/.*$", "$1");
    String key = String.format("ASIA%016d", keys.incrementAndGet());
    accountByKey.put(key, account);
    return "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>" + key + "</AccessKeyId>"
        + "<SecretAccessKey>synthetic-secret</SecretAccessKey><SessionToken>synthetic-token</SessionToken>"
        + "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser>"
        + "<AssumedRoleId>AROASYNTHETIC:inventory</AssumedRoleId><Arn>arn:aws:sts::" + account
        + ":assumed-role/InventoryRole/inventory</Arn></AssumedRoleUser></AssumeRoleResult>"
        + "<ResponseMetadata><RequestId>synthetic</RequestId></ResponseMetadata></AssumeRoleResponse>";
  }

  private String describeRegions() {
    StringBuilder xml = new StringBuilder("<DescribeRegionsResponse><requestId>synthetic</requestId><regionInfo>");
    for (String region : regions) {
      xml.append("<item><regionName>").append(region).append("</regionName><regionEndpoint>ec2.").append(region)
          .append(".amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>");
    }
    return xml.append("</regionInfo></DescribeRegionsResponse>").toString();
  }

  private String describeInstances(String region, Map<String, String> form) {
    int maxResults = Integer.parseInt(form.getOrDefault("MaxResults", "1000"));
    int size = Math.min(maxResults, pageSize);
    int start = Integer.parseInt(form.getOrDefault("NextToken", "0"));
    int end = Math.min(instancesPerScope, start + size);
    StringBuilder xml = new StringBuilder("<DescribeInstancesResponse><requestId>synthetic</requestId><reservationSet>");
    if (end > start) {
      xml.append("<item><reservationId>r-synthetic</reservationId><instancesSet>");
      for (int i = start; i < end; i++) {
        String id = String.format("i-%017x", (long) region.hashCode() * 1_000_003L + i & 0xffffffffffffL);
        xml.append("<item><instanceId>").append(id).append("</instanceId><imageId>ami-synthetic</imageId>")
            .append("<instanceState><code>16</code><name>running</name></instanceState>")
            .append("<instanceType>").append(i % 3 == 0 ? "m5.large" : "t3.micro").append("</instanceType>")
            .append("<launchTime>2026-01-01T00:00:00.000Z</launchTime><placement><availabilityZone>")
            .append(region).append("a</availabilityZone></placement><privateIpAddress>10.0.0.").append(i % 250)
            .append("</privateIpAddress><subnetId>subnet-synthetic</subnetId><vpcId>vpc-synthetic</vpcId>")
            .append("<metadataOptions><httpTokens>required</httpTokens><httpEndpoint>enabled</httpEndpoint>")
            .append("</metadataOptions><tagSet><item><key>Name</key><value>synthetic-").append(i)
            .append("</value></item><item><key>Department</key><value>dept-").append(i % 7)
            .append("</value></item></tagSet></item>");
      }
      xml.append("</instancesSet></item>");
    }
    xml.append("</reservationSet>");
    if (end < instancesPerScope) {
      xml.append("<nextToken>").append(end).append("</nextToken>");
    }
    return xml.append("</DescribeInstancesResponse>").toString();
  }

  private static long count(String text, String needle) {
    long n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static byte[] body(Optional<ContentStreamProvider> provider) throws IOException {
    if (provider.isEmpty()) {
      return new byte[0];
    }
    try (InputStream in = provider.get().newStream()) {
      return in.readAllBytes();
    }
  }

  private static HttpExecuteResponse xml(String body) {
    return response(200, "text/xml", body);
  }

  private static HttpExecuteResponse json(String body) {
    return response(200, "application/x-amz-json-1.0", body);
  }

  private static HttpExecuteResponse error(String call) {
    return response(400, "text/xml", "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code>"
        + "<Message>the synthetic endpoint does not answer " + call + "</Message></Error></ErrorResponse>");
  }

  private static HttpExecuteResponse response(int status, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return HttpExecuteResponse.builder()
        .response(SdkHttpResponse.builder().statusCode(status).putHeader("Content-Type", contentType)
            .putHeader("Content-Length", String.valueOf(bytes.length)).putHeader("x-amzn-RequestId", "synthetic")
            .build())
        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
        .build();
  }

  /** Configures a {@link SyntheticAwsHttpClient}. */
  public static final class Builder {
    private List<String> regions = List.of("us-east-1");
    private int instancesPerScope = 10;
    private int pageSize = 1000;
    private int buckets;
    private boolean bucketRegionInListing = true;
    private int users;
    private int roles;

    private Builder() {}

    /**
     * S3 buckets in every account (default none): bucket {@code i} is in the {@code i mod n}-th of the
     * {@link #regions regions}; ListBuckets pages hold at most {@link #pageSize} of them.
     *
     * @param count at least 0
     * @return this builder
     */
    public Builder buckets(int count) {
      this.buckets = count;
      return this;
    }

    /**
     * Whether ListBuckets gives each bucket's {@code BucketRegion}, as S3 does (default); without it, a client
     * has to ask GetBucketLocation.
     *
     * @param included true to include it
     * @return this builder
     */
    public Builder bucketRegionInListing(boolean included) {
      this.bucketRegionInListing = included;
      return this;
    }

    /**
     * IAM users in every account (default none), each in the credential report.
     *
     * @param count at least 0
     * @return this builder
     */
    public Builder users(int count) {
      this.users = count;
      return this;
    }

    /**
     * IAM roles in every account (default none).
     *
     * @param count at least 0
     * @return this builder
     */
    public Builder roles(int count) {
      this.roles = count;
      return this;
    }

    /**
     * The regions DescribeRegions reports as enabled.
     *
     * @param regions region names
     * @return this builder
     */
    public Builder regions(List<String> regions) {
      this.regions = regions;
      return this;
    }

    /**
     * EC2 instances in every account and region.
     *
     * @param count at least 0
     * @return this builder
     */
    public Builder instancesPerScope(int count) {
      this.instancesPerScope = count;
      return this;
    }

    /**
     * Items per page of every listing (the smaller of this and the request's page size), so that a scope's page
     * chain is, for instance, {@code ceil(instancesPerScope / pageSize)} DescribeInstances calls long.
     *
     * @param size at least 1
     * @return this builder
     */
    public Builder pageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("pageSize must be >= 1 (was " + size + ")");
      }
      this.pageSize = size;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public SyntheticAwsHttpClient build() {
      return new SyntheticAwsHttpClient(this);
    }
  }
}
