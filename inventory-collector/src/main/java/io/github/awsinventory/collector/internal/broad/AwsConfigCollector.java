package io.github.awsinventory.collector.internal.broad;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.BroadTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.arns.Arn;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.SelectResourceConfigResponse;

/**
 * The broad tier through AWS Config, for accounts that record with it: one advanced query
 * ({@code SelectResourceConfig}, 100 results per page, its maximum) lists every resource Config recorded in the
 * region, tagged or not, with its recorded configuration. Each resource that no deep collector covers becomes an
 * item: its type from its ARN as in the Tagging API tier ({@link ArnTypes}), or from Config's type name where the
 * ARN gives none ({@code AWS::EC2::VPCEndpoint} is {@code ec2_vpc_endpoint}); its tags, its creation time,
 * {@link BroadTier#CONFIG_RESOURCE_TYPE} and, when the recorded item is small enough to store,
 * {@link BroadTier#CONFIGURATION}. Resources that Config records as deleted are not items.
 *
 * <p>The regional collector keeps what Config recorded with the scope's region; the global one asks the
 * partition's global region for what Config records with region {@code global} (IAM). A resource type that Config
 * does not record in the account is invisible to it.
 */
public final class AwsConfigCollector extends BroadCollector {

  /** SelectResourceConfig's largest page. */
  static final int PAGE_SIZE = 100;

  /** A recorded item up to this many characters keeps its configuration; DynamoDB items hold 400 KB in all. */
  static final int MAX_ITEM_CHARS = 16 * 1024;

  private static final String FIELDS = "resourceId, resourceName, resourceType, arn, awsRegion, accountId, "
      + "resourceCreationTime, configurationItemStatus, tags, configuration";

  private static final Set<String> DELETED = Set.of("ResourceDeleted", "ResourceDeletedNotRecorded",
      "ResourceNotRecorded");

  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /**
   * Creates the collector.
   *
   * @param global true for the once-per-account scope of what Config records as global
   * @param coverage the ARNs the run's deep collectors cover
   */
  public AwsConfigCollector(boolean global, DeepCoverage coverage) {
    super(global, coverage);
  }

  @Override
  public ResourceType type() {
    return global ? BroadTier.AWS_CONFIG_GLOBAL : BroadTier.AWS_CONFIG;
  }

  @Override
  public String service() {
    return "config";
  }

  @Override
  public List<String> iamActions() {
    return BroadTier.AWS_CONFIG_IAM_ACTIONS;
  }

  /**
   * The advanced query a scope sends.
   *
   * @param region the scope's region, or {@code global}
   * @return the query
   */
  public static String expression(String region) {
    if (!Resource.GLOBAL_REGION.equals(region) && !REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("not a region: '" + region + "'");
    }
    return "SELECT " + FIELDS + " WHERE awsRegion = '" + region + "'";
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    ConfigClient config = global
        ? context.client(ConfigClient.class, globalRegion(context))
        : context.client(ConfigClient.class);
    String expression = expression(global ? Resource.GLOBAL_REGION : context.region());
    String token = null;
    do {
      String page = token;
      SelectResourceConfigResponse response = config.selectResourceConfig(r -> r.expression(expression)
          .limit(PAGE_SIZE).nextToken(page));
      for (String result : response.results()) {
        item(context, result).ifPresent(sink::accept);
      }
      token = response.nextToken();
    } while (token != null && !token.isEmpty());
  }

  /**
   * The type of a recorded resource that has no ARN the broad tier can type: Config's type name, e.g.
   * {@code AWS::EC2::VPCEndpoint} is {@code ec2_vpc_endpoint}.
   *
   * @param configType Config's type name
   * @return the type; empty for a name not of the form {@code <owner>::<service>::<resource>}
   */
  static Optional<ResourceType> typeOf(String configType) {
    String[] parts = configType == null ? new String[0] : configType.split("::");
    if (parts.length != 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
      return Optional.empty();
    }
    String name = (parts[1] + "_" + CAMEL.matcher(parts[2]).replaceAll("_")).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9_]", "_");
    try {
      return Optional.of(ResourceType.of(name));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private Optional<Resource.Builder> item(CollectionContext context, String result) {
    JsonNode recorded;
    try {
      recorded = JSON.readTree(result);
    } catch (JsonProcessingException e) {
      context.detailError("(a SelectResourceConfig result)", "result", e);
      return Optional.empty();
    }
    String status = recorded.path("configurationItemStatus").asText("");
    String configType = recorded.path("resourceType").asText(null);
    String resourceId = recorded.path("resourceId").asText(null);
    String arnText = recorded.path("arn").asText("");
    if (DELETED.contains(status) || configType == null || resourceId == null) {
      return Optional.empty();
    }
    Optional<Arn> arn = parse(arnText);
    if (arn.isPresent() && coverage.covers(arnText, arn.get())) {
      return Optional.empty();
    }
    Optional<ResourceType> type = arn.flatMap(ArnTypes::typeOf).or(() -> typeOf(configType));
    if (type.isEmpty() || arn.isEmpty() && coverage.covers(type.get())) {
      return Optional.empty();
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (JsonNode tag : recorded.path("tags")) {
      if (tag.hasNonNull("key")) {
        tags.put(tag.get("key").asText(), tag.path("value").asText(""));
      }
    }
    String id = arn.isPresent() ? arnText : configType + "/" + resourceId;
    String name = recorded.path("resourceName").asText("");
    if (name.isEmpty()) {
      name = arn.map(a -> ArnTypes.nameOf(a, tags.get("Name"))).orElse(tags.getOrDefault("Name", resourceId));
    }
    Resource.Builder resource = context.newResource(id, name).resourceType(type.get()).tags(tags);
    BroadTier.SOURCE.put(resource, BroadTier.AWS_CONFIG_SOURCE);
    BroadTier.CONFIG_RESOURCE_TYPE.put(resource, configType);
    arn.ifPresent(a -> {
      BroadTier.ARN_SERVICE.put(resource, a.service());
      BroadTier.ARN_RESOURCE.put(resource, a.resourceAsString());
    });
    String created = recorded.path("resourceCreationTime").asText("");
    if (!created.isEmpty()) {
      try {
        resource.createdAt(Instant.parse(created));
      } catch (DateTimeParseException e) {
        context.detailError(id, "created_at", e);
      }
    }
    JsonNode configuration = recorded.get("configuration");
    if (configuration != null && configuration.isObject()) {
      if (result.length() <= MAX_ITEM_CHARS) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) plain(configuration);
        BroadTier.CONFIGURATION.put(resource, map);
      } else {
        resource.addUnknownAttributes(BroadTier.CONFIGURATION.name());
      }
    }
    return Optional.of(resource);
  }

  private static Optional<Arn> parse(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Arn.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A JSON value as the values an attribute holds: maps, lists, strings, booleans and decimals; no nulls. */
  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getValue().isNull()) {
          map.put(field.getKey(), plain(field.getValue()));
        }
      }
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(element -> {
        if (!element.isNull()) {
          list.add(plain(element));
        }
      });
      return list;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return new BigDecimal(node.asText());
    }
    return node.asText();
  }
}
