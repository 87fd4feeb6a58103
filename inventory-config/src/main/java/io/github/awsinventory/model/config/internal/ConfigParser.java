package io.github.awsinventory.model.config.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.CatalogException;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.model.config.ConfigProblem;
import io.github.awsinventory.model.config.ConfigProblem.Severity;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.config.HistorySettings;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.config.OrganizationConfig;
import io.github.awsinventory.model.util.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;

/**
 * Parses and validates the configuration format of {@code docs/CONFIGURATION.md}, collecting every
 * problem instead of stopping at the first.
 */
public final class ConfigParser {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws(-[a-z]+)*:iam::(\\d{12}):role/[\\w+=,.@/-]{1,512}");
  private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");

  private static final Set<String> KNOWN_REGIONS = Region.regions().stream()
      .filter(r -> !r.isGlobalRegion())
      .map(Region::id)
      .collect(Collectors.toCollection(TreeSet::new));

  private static final List<String> ROOT_KEYS = List.of("accounts", "organization", "resource_types", "regions",
      "excluded_regions", "department_tag_keys", "collection_settings", "cost_thresholds", "history");
  private static final List<String> ACCOUNT_KEYS = List.of("account_id", "role_name", "role_arn", "external_id",
      "department", "regions", "enabled", "management", "tags");
  private static final List<String> ORGANIZATION_KEYS = List.of("enabled", "role_name", "external_id",
      "exclude_accounts", "department_tag");
  private static final List<String> SETTINGS_KEYS = List.of("max_concurrency", "per_account_concurrency",
      "timeout_seconds", "run_timeout_seconds", "retry_attempts", "sdk_max_attempts", "api_call_timeout_seconds",
      "assume_role_duration_seconds", "rate_limits");
  private static final List<String> LEGACY_SETTINGS_KEYS = List.of("regions", "resource_types", "cost_thresholds",
      "optimization_rules");
  private static final List<String> THRESHOLD_KEYS = List.of("expensive_resource_monthly", "idle_resource_days",
      "stale_resource_days", "not_seen_days", "monthly_total_alert");
  private static final List<String> HISTORY_KEYS = List.of("retention_days");

  private final Set<ResourceType> knownTypes;
  private final List<String> rootKeys = new ArrayList<>();
  private final List<ConfigProblem> errors = new ArrayList<>();
  private final List<ConfigProblem> warnings = new ArrayList<>();

  private ConfigParser(Set<ResourceType> knownTypes) {
    this.knownTypes = knownTypes;
  }

  /** What parsing found. */
  public static final class Outcome {
    private final Optional<InventoryConfig> config;
    private final List<ConfigProblem> errors;
    private final List<ConfigProblem> warnings;

    Outcome(Optional<InventoryConfig> config, List<ConfigProblem> errors, List<ConfigProblem> warnings) {
      this.config = config;
      this.errors = List.copyOf(errors);
      this.warnings = List.copyOf(warnings);
    }

    /**
     * The configuration, when it could be built.
     *
     * @return the configuration
     */
    public Optional<InventoryConfig> config() {
      return config;
    }

    /**
     * The errors.
     *
     * @return errors
     */
    public List<ConfigProblem> errors() {
      return errors;
    }

    /**
     * The warnings.
     *
     * @return warnings
     */
    public List<ConfigProblem> warnings() {
      return warnings;
    }
  }

  /**
   * Parses and validates a configuration.
   *
   * @param json the text
   * @param knownTypes the resource types that may be named
   * @return the configuration (when valid) and every problem
   */
  public static Outcome parse(String json, Set<ResourceType> knownTypes) {
    ConfigParser parser = new ConfigParser(knownTypes);
    Optional<InventoryConfig> config = parser.parseRoot(json);
    parser.errors.sort(parser.inFileOrder());
    parser.warnings.sort(parser.inFileOrder());
    return new Outcome(config, parser.errors, parser.warnings);
  }

  /** Orders problems by where their top-level key appears in the file (a stable sort keeps the rest). */
  private Comparator<ConfigProblem> inFileOrder() {
    return Comparator.comparingInt(p -> {
      String path = p.path();
      String key = path.length() > 2 ? path.substring(2).split("[.\\[]", 2)[0] : "";
      int index = rootKeys.indexOf(key);
      return index < 0 ? -1 : index;
    });
  }

  private Optional<InventoryConfig> parseRoot(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      error("$", null, "the file is not valid JSON" + where + ": " + e.getOriginalMessage(),
          "fix the JSON syntax (duplicate keys are not allowed)");
      return Optional.empty();
    }
    if (root == null || root.isMissingNode()) {
      error("$", null, "the file is empty", "write a JSON object; see config/accounts.json.example");
      return Optional.empty();
    }
    if (!root.isObject()) {
      error("$", kind(root), "the configuration must be a JSON object", "see config/accounts.json.example");
      return Optional.empty();
    }

    root.fieldNames().forEachRemaining(rootKeys::add);
    InventoryConfig.Builder config = InventoryConfig.builder();
    checkKeys(root, "$", ROOT_KEYS, List.of("notification_settings", "report_settings", "$schema"));
    ignoredLegacySection(root, "notification_settings",
        "set SNS_TOPIC_ARN on the Lambda function, or EmailAddress on the stack");
    ignoredLegacySection(root, "report_settings", "set REPORT_BUCKET on the Lambda function");

    JsonNode settingsNode = object(root, "collection_settings", "$.collection_settings");
    List<String> regions = regions(root.get("regions"), "$.regions");
    List<ResourceType> types = resourceTypes(root.get("resource_types"), "$.resource_types");
    if (settingsNode != null) {
      if (settingsNode.has("regions")) {
        if (root.has("regions")) {
          warn("$.collection_settings.regions", null, "ignored: $.regions is also set", "remove the legacy key");
        } else {
          legacyMoved("$.collection_settings.regions", "$.regions");
          regions = regions(settingsNode.get("regions"), "$.collection_settings.regions");
        }
      }
      if (settingsNode.has("resource_types")) {
        if (root.has("resource_types")) {
          warn("$.collection_settings.resource_types", null, "ignored: $.resource_types is also set",
              "remove the legacy key");
        } else {
          legacyMoved("$.collection_settings.resource_types", "$.resource_types");
          types = resourceTypes(settingsNode.get("resource_types"), "$.collection_settings.resource_types");
        }
      }
    }
    config.regions(regions);
    config.resourceTypes(types);
    List<String> excluded = regions(root.get("excluded_regions"), "$.excluded_regions");
    config.excludedRegions(excluded);
    for (String region : regions) {
      if (excluded.contains(region)) {
        warn("$.excluded_regions", region, "region is both listed in regions and excluded; it will not be collected",
            "remove it from one of the lists");
      }
    }

    if (root.has("department_tag_keys")) {
      List<String> keys = stringList(root.get("department_tag_keys"), "$.department_tag_keys");
      if (keys != null) {
        if (keys.isEmpty()) {
          warn("$.department_tag_keys", "[]", "no tag keys: departments come only from accounts",
              "list tag keys such as [\"Department\", \"CostCenter\"], or remove the key for the defaults");
        }
        config.departmentTagKeys(keys);
      }
    }

    OrganizationConfig organization = organization(root);
    config.organization(organization);
    Map<String, AccountConfig> accounts = accounts(root);
    config.accounts(accounts);
    if (accounts.isEmpty() && !organization.enabled() && errors.isEmpty()) {
      error("$.accounts", null, "no accounts to collect",
          "add accounts under $.accounts, or set $.organization.enabled to true");
    }
    for (String excludedId : organization.excludeAccounts()) {
      accounts.values().stream().filter(a -> a.accountId().equals(excludedId)).findFirst().ifPresent(a ->
          warn("$.organization.exclude_accounts", excludedId, "account is excluded but also configured as $.accounts."
              + a.name() + "; the explicit account is collected", "remove it from one of the two places"));
    }

    config.collectionSettings(collectionSettings(settingsNode));
    config.costThresholds(costThresholds(root, settingsNode));
    config.history(history(root));

    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    // The values' own checks throw ConfigurationException; Immutables' builders throw IllegalStateException
    // for a missing required value.
    try {
      return Optional.of(config.build());
    } catch (ConfigurationException | IllegalStateException | IllegalArgumentException e) {
      error("$", null, e.getMessage(), "fix the value named");
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------------------- sections

  private Map<String, AccountConfig> accounts(JsonNode root) {
    Map<String, AccountConfig> accounts = new LinkedHashMap<>();
    JsonNode node = root.get("accounts");
    if (node == null || node.isNull()) {
      return accounts;
    }
    if (!node.isObject()) {
      error("$.accounts", kind(node), "accounts must be an object keyed by account name",
          "write {\"accounts\": {\"engineering\": {\"account_id\": \"111111111111\", \"role_name\": \"InventoryRole\"}}}");
      return accounts;
    }
    Map<String, String> nameById = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      String path = "$.accounts." + pathKey(name);
      JsonNode account = field.getValue();
      if (name.isBlank()) {
        error(path, "\"" + name + "\"", "account name must not be blank", "name the account, e.g. \"engineering\"");
        continue;
      }
      if (!account.isObject()) {
        error(path, kind(account), "an account must be an object", "write {\"account_id\": \"111111111111\", "
            + "\"role_name\": \"InventoryRole\"}");
        continue;
      }
      checkKeys(account, path, ACCOUNT_KEYS, List.of());
      AccountConfig.Builder builder = AccountConfig.builder().name(name);
      String accountId = accountId(account.get("account_id"), path + ".account_id");
      if (accountId != null) {
        builder.accountId(accountId);
        String previous = nameById.putIfAbsent(accountId, name);
        if (previous != null) {
          error(path + ".account_id", accountId, "duplicate account id: also configured as $.accounts."
              + pathKey(previous), "configure each account once");
        }
      }
      boolean management = bool(account, "management", path).orElse(false);
      builder.management(management);
      builder.enabled(bool(account, "enabled", path).orElse(true));
      Optional<String> roleName = string(account, "role_name", path);
      roleName.ifPresent(role -> {
        if (!ROLE_NAME.matcher(role).matches()) {
          error(path + ".role_name", role, "not a valid IAM role name",
              "use 1-64 letters, digits and +=,.@_- (e.g. " + OrganizationConfig.DEFAULT_ROLE_NAME + ")");
        }
      });
      roleName.ifPresent(builder::roleName);
      Optional<String> roleArn = string(account, "role_arn", path);
      roleArn.ifPresent(arn -> {
        var matcher = ROLE_ARN.matcher(arn);
        if (!matcher.matches()) {
          error(path + ".role_arn", arn, "not a valid IAM role ARN",
              "write arn:aws:iam::<account_id>:role/<role name>");
        } else if (accountId != null && !matcher.group(2).equals(accountId)) {
          error(path + ".role_arn", arn, "the role is in account " + matcher.group(2) + ", not in " + accountId,
              "use a role in the account being collected");
        }
      });
      roleArn.ifPresent(builder::configuredRoleArn);
      if (management && (roleName.isPresent() || roleArn.isPresent())) {
        warn(path, null, "the management account is collected with the base credentials; its role is ignored",
            "remove role_name/role_arn, or remove \"management\": true to assume the role");
      }
      if (!management && roleName.isEmpty() && roleArn.isEmpty()) {
        error(path, null, "no role to assume in this account",
            "set role_name (e.g. \"" + OrganizationConfig.DEFAULT_ROLE_NAME + "\") or role_arn, or set "
                + "\"management\": true if the base credentials belong to this account");
      }
      externalId(account, path).ifPresent(builder::externalId);
      string(account, "department", path).ifPresent(department -> {
        if (department.isBlank()) {
          error(path + ".department", "\"\"", "department must not be blank", "name the department or remove the key");
        } else {
          builder.department(department);
        }
      });
      if (account.has("regions")) {
        builder.regions(regions(account.get("regions"), path + ".regions"));
      }
      if (account.has("tags")) {
        Map<String, String> tags = stringMap(account.get("tags"), path + ".tags");
        if (tags != null) {
          builder.tags(tags);
        }
      }
      if (accountId != null) {
        try {
          accounts.put(name, builder.build());
        } catch (ConfigurationException | IllegalStateException e) {
          error(path, null, e.getMessage(), "fix the value named");
        }
      }
    }
    return accounts;
  }

  private OrganizationConfig organization(JsonNode root) {
    OrganizationConfig.Builder builder = OrganizationConfig.builder();
    JsonNode node = object(root, "organization", "$.organization");
    if (node == null) {
      return builder.build();
    }
    String path = "$.organization";
    checkKeys(node, path, ORGANIZATION_KEYS, List.of());
    bool(node, "enabled", path).ifPresent(builder::enabled);
    string(node, "role_name", path).ifPresent(role -> {
      if (ROLE_NAME.matcher(role).matches()) {
        builder.roleName(role);
      } else {
        error(path + ".role_name", role, "not a valid IAM role name", "use 1-64 letters, digits and +=,.@_-");
      }
    });
    externalId(node, path).ifPresent(builder::externalId);
    if (node.has("exclude_accounts")) {
      List<String> ids = stringList(node.get("exclude_accounts"), path + ".exclude_accounts");
      if (ids != null) {
        for (int i = 0; i < ids.size(); i++) {
          if (!ACCOUNT_ID.matcher(ids.get(i)).matches()) {
            error(path + ".exclude_accounts[" + i + "]", ids.get(i), "an account id must be 12 digits",
                "write the 12-digit id as a string, with leading zeros");
          }
        }
        builder.excludeAccounts(ids);
      }
    }
    string(node, "department_tag", path).ifPresent(tag -> {
      if (tag.isBlank()) {
        error(path + ".department_tag", "\"\"", "the tag key must not be blank", "name the account tag, e.g. Department");
      } else {
        builder.departmentTag(tag);
      }
    });
    return builder.build();
  }

  private CollectionSettings collectionSettings(JsonNode node) {
    CollectionSettings.Builder builder = CollectionSettings.builder();
    if (node == null) {
      return CollectionSettings.defaults();
    }
    String path = "$.collection_settings";
    checkKeys(node, path, SETTINGS_KEYS, LEGACY_SETTINGS_KEYS);
    positiveInt(node, "max_concurrency", path).ifPresent(builder::maxConcurrency);
    positiveInt(node, "per_account_concurrency", path).ifPresent(builder::perAccountConcurrency);
    positiveInt(node, "timeout_seconds", path).ifPresent(builder::timeoutSeconds);
    positiveInt(node, "run_timeout_seconds", path).ifPresent(builder::runTimeoutSeconds);
    positiveInt(node, "retry_attempts", path).ifPresent(builder::retryAttempts);
    positiveInt(node, "sdk_max_attempts", path).ifPresent(builder::sdkMaxAttempts);
    positiveInt(node, "api_call_timeout_seconds", path).ifPresent(builder::apiCallTimeoutSeconds);
    positiveInt(node, "assume_role_duration_seconds", path).ifPresent(seconds -> {
      if (seconds < 900 || seconds > 43200) {
        error(path + ".assume_role_duration_seconds", String.valueOf(seconds),
            "an AssumeRole session lasts 900 to 43200 seconds", "pick a value in that range, e.g. 3600");
      } else {
        builder.assumeRoleDurationSeconds(seconds);
      }
    });
    JsonNode rates = node.get("rate_limits");
    if (rates != null) {
      if (!rates.isObject()) {
        error(path + ".rate_limits", kind(rates), "rate_limits must be an object of service to requests per second",
            "write {\"ec2\": 20, \"rds\": 12}");
      } else {
        rates.fields().forEachRemaining(e -> {
          String ratePath = path + ".rate_limits." + pathKey(e.getKey());
          if (!e.getValue().isNumber() || !(e.getValue().doubleValue() > 0)) {
            error(ratePath, e.getValue().toString(), "a rate limit must be a number > 0",
                "give requests per second, e.g. 20");
          } else {
            builder.putRateLimits(e.getKey(), e.getValue().doubleValue());
          }
        });
      }
    }
    int max = node.path("max_concurrency").asInt(CollectionSettings.defaults().maxConcurrency());
    int perAccount = node.path("per_account_concurrency").asInt(CollectionSettings.defaults().perAccountConcurrency());
    if (perAccount > max && max > 0) {
      warn(path + ".per_account_concurrency", String.valueOf(perAccount),
          "greater than max_concurrency (" + max + "); at most " + max + " scopes run at once",
          "lower per_account_concurrency or raise max_concurrency");
    }
    if (node.has("optimization_rules")) {
      JsonNode rules = node.get("optimization_rules");
      if (rules.isObject()) {
        checkKeys(rules, path + ".optimization_rules", List.of("idle_days", "stale_days"), List.of("oversized_types"));
        if (rules.has("oversized_types")) {
          warn(path + ".optimization_rules.oversized_types", null, "ignored: sizing advice comes from the cost report",
              "remove the key");
        }
      }
    }
    return buildOrDefault(builder::build, CollectionSettings.defaults(), path);
  }

  private CostThresholds costThresholds(JsonNode root, JsonNode settings) {
    CostThresholds.Builder builder = CostThresholds.builder();
    String path = "$.cost_thresholds";
    if (settings != null) {
      JsonNode legacy = object(settings, "cost_thresholds", "$.collection_settings.cost_thresholds");
      if (legacy != null) {
        String legacyPath = "$.collection_settings.cost_thresholds";
        checkKeys(legacy, legacyPath, List.of("resource_alert", "monthly_alert"), List.of());
        positiveDecimal(legacy, "resource_alert", legacyPath).ifPresent(v -> {
          legacyMoved(legacyPath + ".resource_alert", path + ".expensive_resource_monthly");
          builder.expensiveResourceMonthly(v);
        });
        positiveDecimal(legacy, "monthly_alert", legacyPath).ifPresent(v -> {
          legacyMoved(legacyPath + ".monthly_alert", path + ".monthly_total_alert");
          builder.monthlyTotalAlert(v);
        });
      }
      JsonNode rules = settings.get("optimization_rules");
      if (rules != null && rules.isObject()) {
        String rulesPath = "$.collection_settings.optimization_rules";
        positiveInt(rules, "idle_days", rulesPath).ifPresent(v -> {
          legacyMoved(rulesPath + ".idle_days", path + ".idle_resource_days");
          builder.idleResourceDays(v);
        });
        positiveInt(rules, "stale_days", rulesPath).ifPresent(v -> {
          legacyMoved(rulesPath + ".stale_days", path + ".stale_resource_days");
          builder.staleResourceDays(v);
        });
      }
    }
    JsonNode node = object(root, "cost_thresholds", path);
    if (node != null) {
      checkKeys(node, path, THRESHOLD_KEYS, List.of());
      positiveDecimal(node, "expensive_resource_monthly", path).ifPresent(builder::expensiveResourceMonthly);
      positiveInt(node, "idle_resource_days", path).ifPresent(builder::idleResourceDays);
      positiveInt(node, "stale_resource_days", path).ifPresent(builder::staleResourceDays);
      positiveInt(node, "not_seen_days", path).ifPresent(builder::notSeenDays);
      positiveDecimal(node, "monthly_total_alert", path).ifPresent(builder::monthlyTotalAlert);
    }
    return buildOrDefault(builder::build, CostThresholds.defaults(), path);
  }

  private HistorySettings history(JsonNode root) {
    String path = "$.history";
    JsonNode node = object(root, "history", path);
    if (node == null) {
      return HistorySettings.defaults();
    }
    checkKeys(node, path, HISTORY_KEYS, List.of());
    HistorySettings.Builder builder = HistorySettings.builder();
    positiveInt(node, "retention_days", path).ifPresent(builder::retentionDays);
    return buildOrDefault(builder::build, HistorySettings.defaults(), path);
  }

  private <T> T buildOrDefault(java.util.function.Supplier<T> build, T fallback, String path) {
    try {
      return build.get();
    } catch (ConfigurationException | IllegalStateException e) {
      error(path, null, e.getMessage(), "fix the value named");
      return fallback;
    }
  }

  // ---------------------------------------------------------------------------------------------- values

  private List<String> regions(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> names = stringList(node, path);
    if (names == null) {
      return List.of();
    }
    Set<String> unique = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String region = names.get(i);
      String elementPath = path + "[" + i + "]";
      if (!KNOWN_REGIONS.contains(region)) {
        error(elementPath, region, "unknown region",
            Suggestions.didYouMean(region, KNOWN_REGIONS) + "use a region name such as us-east-1");
      } else if (!unique.add(region)) {
        warn(elementPath, region, "region listed twice", "remove the duplicate");
      }
    }
    return List.copyOf(unique);
  }

  private List<ResourceType> resourceTypes(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> names = stringList(node, path);
    if (names == null) {
      return List.of();
    }
    Set<ResourceType> types = new LinkedHashSet<>();
    Set<String> knownNames = knownTypes.stream().map(ResourceType::name).collect(Collectors.toCollection(TreeSet::new));
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String elementPath = path + "[" + i + "]";
      List<ResourceType> parsed;
      try {
        parsed = ResourceType.parse(name);
      } catch (CatalogException e) {
        error(elementPath, name, "not a valid resource type name",
            Suggestions.didYouMean(name, knownNames) + "known types: " + knownNames);
        continue;
      }
      for (ResourceType type : parsed) {
        if (!knownTypes.contains(type)) {
          error(elementPath, name, "unknown resource type",
              Suggestions.didYouMean(name, knownNames) + "known types: " + knownNames + "; or register a collector for it");
        } else if (!types.add(type)) {
          warn(elementPath, name, "resource type listed twice", "remove the duplicate");
        }
      }
    }
    return List.copyOf(types);
  }

  private String accountId(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      error(path, null, "account_id is missing", "add the 12-digit account id as a string");
      return null;
    }
    if (node.isNumber()) {
      error(path, node.asText(), "account_id must be a string", "quote it: \"" + node.asText()
          + "\" (a number loses leading zeros)");
      return null;
    }
    if (!node.isTextual()) {
      error(path, kind(node), "account_id must be a string of 12 digits", "write it as \"111111111111\"");
      return null;
    }
    String id = node.asText();
    if (!ACCOUNT_ID.matcher(id).matches()) {
      error(path, id, "an account id must be exactly 12 digits", "copy the id from the AWS console, with leading zeros");
      return null;
    }
    return id;
  }

  private Optional<String> externalId(JsonNode parent, String path) {
    Optional<String> value = string(parent, "external_id", path);
    value.ifPresent(id -> {
      if (!EXTERNAL_ID.matcher(id).matches()) {
        error(path + ".external_id", mask(id), "not a valid ExternalId",
            "use 2-1224 letters, digits and +=,.@:/_- (the value given to the member-account stack)");
      }
    });
    return value.filter(id -> EXTERNAL_ID.matcher(id).matches());
  }

  /**
   * Masks a secret for messages: its length only.
   *
   * @param secret the secret
   * @return a masked form
   */
  public static String mask(String secret) {
    return "<redacted, " + secret.length() + " characters>";
  }

  private Optional<String> string(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      String shown = "external_id".equals(key) ? kind(node) : node.toString();
      error(path + "." + key, shown, key + " must be a string", "quote the value");
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  private Optional<Boolean> bool(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      error(path + "." + key, node.toString(), key + " must be true or false", "write true or false without quotes");
      return Optional.empty();
    }
    return Optional.of(node.asBoolean());
  }

  private Optional<Integer> positiveInt(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      error(path + "." + key, node.toString(), key + " must be a whole number", "write a positive integer without quotes");
      return Optional.empty();
    }
    int value = node.asInt();
    if (value < 1) {
      error(path + "." + key, String.valueOf(value), key + " must be >= 1", "set " + path.substring(2) + "." + key
          + " to a positive integer");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private Optional<BigDecimal> positiveDecimal(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isNumber()) {
      error(path + "." + key, node.toString(), key + " must be a number", "write an amount in USD without quotes");
      return Optional.empty();
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() <= 0) {
      error(path + "." + key, value.toPlainString(), key + " must be > 0", "set " + path.substring(2) + "." + key
          + " to a positive amount in USD");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private List<String> stringList(JsonNode node, String path) {
    if (!node.isArray()) {
      error(path, kind(node), "must be a list of strings", "write [\"a\", \"b\"]");
      return null;
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      if (!element.isTextual()) {
        error(path + "[" + i + "]", element.toString(), "must be a string", "quote the value");
      } else {
        values.add(element.asText());
      }
    }
    return values;
  }

  private Map<String, String> stringMap(JsonNode node, String path) {
    if (!node.isObject()) {
      error(path, kind(node), "must be an object of strings", "write {\"Key\": \"value\"}");
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      if (!e.getValue().isTextual()) {
        error(path + "." + pathKey(e.getKey()), e.getValue().toString(), "must be a string", "quote the value");
      } else if (e.getKey().isEmpty()) {
        error(path, "\"\"", "a tag key must not be empty", "remove the empty key");
      } else {
        values.put(e.getKey(), e.getValue().asText());
      }
    });
    return values;
  }

  private JsonNode object(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      error(path, kind(node), key + " must be an object", "see config/accounts.json.example");
      return null;
    }
    return node;
  }

  private void checkKeys(JsonNode node, String path, List<String> known, List<String> alsoAccepted) {
    node.fieldNames().forEachRemaining(key -> {
      if (!known.contains(key) && !alsoAccepted.contains(key)) {
        warn(path + "." + pathKey(key), null, "unknown key, ignored",
            Suggestions.didYouMean(key, known) + "remove or rename it");
      }
    });
  }

  private void ignoredLegacySection(JsonNode root, String key, String fix) {
    if (root.has(key)) {
      warn("$." + key, null, "not read from the configuration file", fix);
    }
  }

  private void legacyMoved(String from, String to) {
    warn(from, null, "legacy location, still read", "move the value to " + to);
  }

  private void error(String path, String value, String message, String fix) {
    errors.add(ConfigProblem.of(Severity.ERROR, path, value, message, fix));
  }

  private void warn(String path, String value, String message, String fix) {
    warnings.add(ConfigProblem.of(Severity.WARNING, path, value, message, fix));
  }

  private static String kind(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return "null";
  }

  private static String pathKey(String key) {
    return key.matches("[A-Za-z_][A-Za-z0-9_-]*") ? key : "['" + key.replace("'", "\\'") + "']";
  }
}
