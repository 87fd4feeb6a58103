package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.model.config.ConfigProblem;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.OrganizationConfig;
import io.github.awsinventory.model.table.TableLayout;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;

/**
 * The Lambda's settings, read from its environment and validated once, at init: every problem is reported
 * together, each naming the variable, its value and the fix.
 */
public final class HandlerSettings {

  /** The table (default {@code aws-inventory}). */
  public static final String TABLE = "DYNAMODB_TABLE_NAME";
  /** Where alerts go (optional). */
  public static final String TOPIC = "SNS_TOPIC_ARN";
  /** Where reports go (optional). */
  public static final String BUCKET = "REPORT_BUCKET";
  /** Alert when the total monthly cost exceeds this many USD (optional). */
  public static final String THRESHOLD = "MONTHLY_COST_THRESHOLD";
  /** A configuration file in the deployment (optional). */
  public static final String CONFIG_PATH = "CONFIG_PATH";
  /** A configuration object in S3, {@code s3://bucket/key} (optional). */
  public static final String CONFIG_S3_URI = "CONFIG_S3_URI";
  /** The ExternalId for accounts whose configuration has none (optional). */
  public static final String EXTERNAL_ID = "EXTERNAL_ID";
  /** The member role to assume when accounts come from Organizations (default {@code InventoryRole}). */
  public static final String MEMBER_ROLE = "MEMBER_ROLE_NAME";
  /** The region (set by Lambda). */
  public static final String REGION = "AWS_REGION";
  /** An endpoint for every AWS call, for emulators (the SDK's own variable). */
  public static final String ENDPOINT = "AWS_ENDPOINT_URL";
  /** The functions of the other collector groups, {@code data=<alias ARN>,app=<alias ARN>}; see CollectorGroup. */
  public static final String GROUP_FUNCTIONS = "GROUP_FUNCTIONS";

  private static final Pattern TOPIC_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_.-]{1,256}");
  private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern EXTERNAL_ID_VALUE = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
  private static final Pattern FUNCTION_ARN = Pattern.compile(
      "arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]{1,128})?");
  private static final Pattern REGION_NAME = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  private final String table;
  private final Optional<String> topic;
  private final Optional<String> bucket;
  private final Optional<BigDecimal> threshold;
  private final Optional<Path> configPath;
  private final Optional<URI> configS3;
  private final Optional<String> externalId;
  private final String memberRole;
  private final Region region;
  private final Optional<URI> endpoint;
  private final Map<CollectorGroup, String> groupFunctions;

  private HandlerSettings(Map<String, String> env, List<ConfigProblem> problems) {
    table = value(env, TABLE).orElse(TableLayout.DEFAULT_TABLE_NAME);
    if (!TABLE_NAME.matcher(table).matches()) {
      problem(problems, TABLE, table, "not a DynamoDB table name", "use 3-255 letters, digits, _ . or -");
    }
    topic = value(env, TOPIC);
    topic.filter(t -> !TOPIC_ARN.matcher(t).matches()).ifPresent(t ->
        problem(problems, TOPIC, t, "not an SNS topic ARN", "use arn:aws:sns:<region>:<account>:<topic>, or unset it"));
    bucket = value(env, BUCKET);
    bucket.filter(b -> !BUCKET_NAME.matcher(b).matches()).ifPresent(b ->
        problem(problems, BUCKET, b, "not an S3 bucket name", "use the bucket's name, without s3://"));
    Optional<BigDecimal> parsedThreshold = Optional.empty();
    Optional<String> rawThreshold = value(env, THRESHOLD);
    if (rawThreshold.isPresent()) {
      try {
        BigDecimal value = new BigDecimal(rawThreshold.get().trim());
        if (value.signum() <= 0) {
          problem(problems, THRESHOLD, rawThreshold.get(), "must be greater than 0", "set a monthly amount in USD, e.g. 10000");
        } else {
          parsedThreshold = Optional.of(value);
        }
      } catch (NumberFormatException e) {
        problem(problems, THRESHOLD, rawThreshold.get(), "not a number", "set a monthly amount in USD, e.g. 10000");
      }
    }
    threshold = parsedThreshold;
    configPath = value(env, CONFIG_PATH).map(Path::of);
    configPath.filter(p -> !Files.isReadable(p)).ifPresent(p ->
        problem(problems, CONFIG_PATH, p.toString(), "no readable file there", "package the file with the function, "
            + "or use " + CONFIG_S3_URI + " instead"));
    Optional<URI> s3 = Optional.empty();
    Optional<String> rawS3 = value(env, CONFIG_S3_URI);
    if (rawS3.isPresent()) {
      try {
        URI uri = new URI(rawS3.get().trim());
        if (!"s3".equals(uri.getScheme()) || uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
          problem(problems, CONFIG_S3_URI, rawS3.get(), "not an s3:// URI", "write s3://<bucket>/<key>");
        } else {
          s3 = Optional.of(uri);
        }
      } catch (URISyntaxException e) {
        problem(problems, CONFIG_S3_URI, rawS3.get(), "not an s3:// URI", "write s3://<bucket>/<key>");
      }
    }
    configS3 = s3;
    if (configPath.isPresent() && configS3.isPresent()) {
      problem(problems, CONFIG_S3_URI, rawS3.get(), "both " + CONFIG_PATH + " and " + CONFIG_S3_URI + " are set",
          "set one of them");
    }
    externalId = value(env, EXTERNAL_ID);
    externalId.filter(id -> !EXTERNAL_ID_VALUE.matcher(id).matches()).ifPresent(id ->
        problem(problems, EXTERNAL_ID, mask(id), "not a valid ExternalId",
            "use 2-1224 letters, digits and +=,.@:/_- (the value given to the member-account stack)"));
    memberRole = value(env, MEMBER_ROLE).orElse(OrganizationConfig.DEFAULT_ROLE_NAME);
    if (!ROLE_NAME.matcher(memberRole).matches()) {
      problem(problems, MEMBER_ROLE, memberRole, "not an IAM role name", memberRole.startsWith("arn:")
          ? "use the role's name, not its ARN (e.g. " + OrganizationConfig.DEFAULT_ROLE_NAME + ")"
          : "use 1-64 letters, digits and +=,.@_- (e.g. " + OrganizationConfig.DEFAULT_ROLE_NAME + ")");
    }
    String regionName = value(env, REGION).orElse(null);
    if (regionName == null) {
      problem(problems, REGION, null, "is not set", "Lambda sets it; set it yourself when running the handler elsewhere");
      region = Region.US_EAST_1;
    } else if (!REGION_NAME.matcher(regionName).matches()) {
      problem(problems, REGION, regionName, "not a region code", "write the code in lower case, e.g. us-east-1");
      region = Region.US_EAST_1;
    } else {
      region = Region.of(regionName);
    }
    Optional<URI> parsedEndpoint = Optional.empty();
    Optional<String> rawEndpoint = value(env, ENDPOINT);
    if (rawEndpoint.isPresent()) {
      Optional<URI> uri = httpUrl(rawEndpoint.get());
      if (uri.isEmpty()) {
        problem(problems, ENDPOINT, rawEndpoint.get(), "not an http(s) URL with a host",
            "write e.g. http://127.0.0.1:5000, or unset it");
      }
      parsedEndpoint = uri;
    }
    endpoint = parsedEndpoint;
    Map<CollectorGroup, String> functions = new EnumMap<>(CollectorGroup.class);
    Optional<String> rawFunctions = value(env, GROUP_FUNCTIONS);
    if (rawFunctions.isPresent()) {
      for (String entry : rawFunctions.get().split(",")) {
        String[] parts = entry.trim().split("=", 2);
        Optional<CollectorGroup> group = parts.length == 2 ? Arrays.stream(CollectorGroup.values())
            .filter(g -> g != CollectorGroup.CORE && g.id().equals(parts[0].trim())).findFirst() : Optional.empty();
        if (group.isEmpty() || !FUNCTION_ARN.matcher(parts[1].trim()).matches()
            || functions.put(group.get(), parts[1].trim()) != null) {
          problem(problems, GROUP_FUNCTIONS, rawFunctions.get(), "not a list of <group>=<function ARN>, each group once",
              "write e.g. data=arn:aws:lambda:us-east-1:123456789012:function:aws-inventory-collector-data:live; "
                  + "groups: " + Arrays.stream(CollectorGroup.values()).filter(g -> g != CollectorGroup.CORE)
                  .map(CollectorGroup::id).collect(Collectors.joining(", ")));
          break;
        }
      }
    }
    groupFunctions = Collections.unmodifiableMap(functions);
  }

  /**
   * The functions that collect the other collector groups, which a {@code collect} of the core function invokes
   * with the same event.
   *
   * @return the functions by group; empty when the deployment is not split
   */
  Map<CollectorGroup, String> groupFunctions() {
    return groupFunctions;
  }

  /**
   * Reads and validates the settings.
   *
   * @param env the environment
   * @return the settings
   * @throws ConfigurationException naming every variable that is wrong
   */
  public static HandlerSettings from(Map<String, String> env) {
    List<ConfigProblem> problems = new ArrayList<>();
    HandlerSettings settings = new HandlerSettings(env, problems);
    if (!problems.isEmpty()) {
      throw new ConfigurationException("the function's environment", problems);
    }
    return settings;
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static Optional<URI> httpUrl(String text) {
    try {
      URI uri = new URI(text);
      boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** An ExternalId is a shared secret: messages show its length only. */
  private static String mask(String secret) {
    return "<redacted, " + secret.length() + " characters>";
  }

  private static void problem(List<ConfigProblem> problems, String variable, String value, String message, String fix) {
    problems.add(ConfigProblem.of(ConfigProblem.Severity.ERROR, variable, value, message, fix));
  }

  public String table() {
    return table;
  }

  public Optional<String> topic() {
    return topic;
  }

  public Optional<String> bucket() {
    return bucket;
  }

  public Optional<BigDecimal> threshold() {
    return threshold;
  }

  public Optional<Path> configPath() {
    return configPath;
  }

  public Optional<URI> configS3() {
    return configS3;
  }

  public Optional<String> externalId() {
    return externalId;
  }

  public String memberRole() {
    return memberRole;
  }

  public Region region() {
    return region;
  }

  public Optional<URI> endpoint() {
    return endpoint;
  }
}
