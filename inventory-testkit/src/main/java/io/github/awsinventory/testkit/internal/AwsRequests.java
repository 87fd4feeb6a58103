package io.github.awsinventory.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Reads what an AWS request is from its HTTP form: service, region and access key from the SigV4
 * {@code Authorization} header; the operation from {@code X-Amz-Target} (JSON protocols), the
 * {@code Action} parameter (query protocols) or the method and path (S3 and Lambda).
 */
public final class AwsRequests {

  private static final Pattern CREDENTIAL =
      Pattern.compile("Credential=([^/,\\s]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request");
  private static final Pattern ROLE_ARN_ACCOUNT = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):role/");

  /** The protocol a service speaks, which decides how errors look. */
  public enum Protocol {
    /** awsJson 1.0/1.1: DynamoDB, Organizations. */
    JSON,
    /** restJson: Lambda. */
    REST_JSON,
    /** The EC2 query protocol. */
    EC2,
    /** awsQuery: STS, IAM, RDS, ELBv2, SNS, CloudFormation. */
    QUERY,
    /** restXml: S3, whose errors are a bare {@code <Error>}. */
    REST_XML,
    /** restXml with errors wrapped in {@code <ErrorResponse>}: Route 53, CloudFront. */
    REST_XML_WRAPPED
  }

  private AwsRequests() {}

  /** The SigV4 scope of a request. */
  public static final class Scope {
    /** The access key id, or null when unsigned. */
    public final String accessKeyId;
    /** The signing region. */
    public final String region;
    /** The signing name of the service. */
    public final String service;

    Scope(String accessKeyId, String region, String service) {
      this.accessKeyId = accessKeyId;
      this.region = region;
      this.service = service;
    }
  }

  /**
   * The SigV4 scope of a request.
   *
   * @param request the request
   * @return its scope; service and region {@code unknown} when unsigned
   */
  public static Scope scope(SdkHttpRequest request) {
    Optional<String> authorization = request.firstMatchingHeader("Authorization");
    if (authorization.isPresent()) {
      Matcher m = CREDENTIAL.matcher(authorization.get());
      if (m.find()) {
        return new Scope(m.group(1), m.group(2), m.group(3));
      }
    }
    return new Scope(null, "unknown", "unknown");
  }

  /**
   * The protocol of a service.
   *
   * @param service its signing name
   * @return the protocol
   */
  public static Protocol protocol(String service) {
    switch (service) {
      case "dynamodb":
      case "organizations":
      case "logs":
      case "events":
      case "states":
      case "sqs":
      case "kms":
      case "secretsmanager":
      case "ecr":
      case "cloudtrail":
      case "acm":
      case "ecs":
      case "kinesis":
        return Protocol.JSON;
      case "lambda":
      case "eks":
      case "elasticfilesystem":
      case "es":
      case "apigateway":
        return Protocol.REST_JSON;
      case "ec2":
        return Protocol.EC2;
      case "s3":
        return Protocol.REST_XML;
      case "route53":
      case "cloudfront":
        return Protocol.REST_XML_WRAPPED;
      default:
        return Protocol.QUERY;
    }
  }

  /**
   * The operation of a request.
   *
   * @param service the signing name
   * @param request the request
   * @param form the form parameters of a query-protocol body
   * @return the operation name
   */
  public static String operation(String service, SdkHttpRequest request, Map<String, String> form) {
    Optional<String> target = request.firstMatchingHeader("X-Amz-Target");
    if (target.isPresent()) {
      String t = target.get();
      return t.substring(t.lastIndexOf('.') + 1);
    }
    String action = form.get("Action");
    if (action == null) {
      List<String> query = request.rawQueryParameters().get("Action");
      action = query == null || query.isEmpty() ? null : query.get(0);
    }
    if (action != null) {
      return action;
    }
    if ("s3".equals(service)) {
      return s3Operation(request);
    }
    if ("lambda".equals(service)) {
      return lambdaOperation(request);
    }
    return request.method().name() + " " + request.encodedPath();
  }

  /**
   * The account a request acts in: for STS AssumeRole the account of the role being assumed.
   *
   * @param operation the operation
   * @param form the form parameters
   * @return the target account, when the request names one
   */
  public static Optional<String> targetAccount(String operation, Map<String, String> form) {
    if ("AssumeRole".equals(operation)) {
      String arn = form.get("RoleArn");
      if (arn != null) {
        Matcher m = ROLE_ARN_ACCOUNT.matcher(arn);
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Parses an {@code application/x-www-form-urlencoded} body.
   *
   * @param request the request (for its content type)
   * @param body the body
   * @return the parameters; empty for other bodies
   */
  public static Map<String, String> form(SdkHttpRequest request, byte[] body) {
    Map<String, String> form = new LinkedHashMap<>();
    boolean isForm = request.firstMatchingHeader("Content-Type")
        .map(ct -> ct.startsWith("application/x-www-form-urlencoded")).orElse(false);
    if (!isForm || body.length == 0) {
      return form;
    }
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      form.putIfAbsent(key, value);
    }
    return form;
  }

  private static final Map<String, String> S3_BUCKET_SUBRESOURCES = new LinkedHashMap<>();

  static {
    S3_BUCKET_SUBRESOURCES.put("location", "BucketLocation");
    S3_BUCKET_SUBRESOURCES.put("encryption", "BucketEncryption");
    S3_BUCKET_SUBRESOURCES.put("publicAccessBlock", "PublicAccessBlock");
    S3_BUCKET_SUBRESOURCES.put("versioning", "BucketVersioning");
    S3_BUCKET_SUBRESOURCES.put("tagging", "BucketTagging");
    S3_BUCKET_SUBRESOURCES.put("policyStatus", "BucketPolicyStatus");
    S3_BUCKET_SUBRESOURCES.put("policy", "BucketPolicy");
    S3_BUCKET_SUBRESOURCES.put("acl", "BucketAcl");
    S3_BUCKET_SUBRESOURCES.put("lifecycle", "BucketLifecycleConfiguration");
    S3_BUCKET_SUBRESOURCES.put("ownershipControls", "BucketOwnershipControls");
    S3_BUCKET_SUBRESOURCES.put("logging", "BucketLogging");
  }

  private static String s3Operation(SdkHttpRequest request) {
    String method = request.method().name();
    String path = request.encodedPath().startsWith("/") ? request.encodedPath().substring(1) : request.encodedPath();
    int slash = path.indexOf('/');
    String bucket = slash < 0 ? path : path.substring(0, slash);
    String key = slash < 0 ? "" : path.substring(slash + 1);
    Set<String> query = request.rawQueryParameters().keySet();
    if (bucket.isEmpty()) {
      return "ListBuckets";
    }
    if ("v20180820".equals(bucket)) {
      // S3 Control, signed as s3: named after its IAM action, apart from the bucket's own calls
      if (key.equals("configuration/publicAccessBlock")) {
        String verb = "GET".equals(method) ? "Get" : "PUT".equals(method) ? "Put" : "Delete";
        return verb + "AccountPublicAccessBlock";
      }
      return method + " " + key;
    }
    if (key.isEmpty()) {
      for (Map.Entry<String, String> sub : S3_BUCKET_SUBRESOURCES.entrySet()) {
        if (query.contains(sub.getKey())) {
          String verb = "GET".equals(method) ? "Get" : "PUT".equals(method) ? "Put" : "Delete";
          return verb + sub.getValue();
        }
      }
      switch (method) {
        case "GET":
          return query.contains("list-type") ? "ListObjectsV2" : "ListObjects";
        case "PUT":
          return "CreateBucket";
        case "DELETE":
          return "DeleteBucket";
        case "HEAD":
          return "HeadBucket";
        default:
          return method + "Bucket";
      }
    }
    switch (method) {
      case "GET":
        return "GetObject";
      case "PUT":
        return "PutObject";
      case "DELETE":
        return "DeleteObject";
      case "HEAD":
        return "HeadObject";
      default:
        return method + "Object";
    }
  }

  private static String lambdaOperation(SdkHttpRequest request) {
    String method = request.method().name();
    String[] parts = request.encodedPath().replaceAll("^/+|/+$", "").split("/");
    if (parts.length >= 2 && "tags".equals(parts[1])) {
      return "GET".equals(method) ? "ListTags" : "POST".equals(method) ? "TagResource" : "UntagResource";
    }
    if (parts.length == 2 && "functions".equals(parts[1])) {
      return "GET".equals(method) ? "ListFunctions" : "CreateFunction";
    }
    if (parts.length == 3 && "functions".equals(parts[1])) {
      return "GET".equals(method) ? "GetFunction" : "DELETE".equals(method) ? "DeleteFunction" : method + "Function";
    }
    if (parts.length == 4 && "functions".equals(parts[1])) {
      switch (parts[3]) {
        case "configuration":
          return "GET".equals(method) ? "GetFunctionConfiguration" : "UpdateFunctionConfiguration";
        case "invocations":
          return "Invoke";
        case "code":
          return "UpdateFunctionCode";
        default:
          return method + " " + parts[3];
      }
    }
    return method + " " + request.encodedPath();
  }
}
