package io.github.awsinventory.model.config.internal;

import static io.github.awsinventory.model.config.ConfigProblems.kind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.ConfigProblem;
import io.github.awsinventory.model.config.ConfigProblems;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.config.OrganizationConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses and validates the configuration format of {@code docs/CONFIGURATION.md}, collecting every
 * problem instead of stopping at the first. The sections are read by {@link AccountsSection},
 * {@link SettingsSections}, {@link ScopeValues} and {@link LegacyFormat}, each value through
 * {@link JsonFields}; this class reads the root and puts the configuration together.
 */
public final class ConfigParser {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final List<String> ROOT_KEYS = List.of("accounts", "organization", "resource_types", "regions",
      "excluded_regions", "department_tag_keys", "collection_settings", "cost_thresholds", "history");

  private final List<String> rootKeys = new ArrayList<>();
  private final ConfigProblems problems = new ConfigProblems();
  private final JsonFields fields = new JsonFields(problems);
  private final ScopeValues scope;
  private final LegacyFormat legacy;
  private final AccountsSection accounts;
  private final SettingsSections settings;

  private ConfigParser(Set<ResourceType> knownTypes) {
    this.scope = new ScopeValues(fields, knownTypes);
    this.legacy = new LegacyFormat(fields, scope);
    this.accounts = new AccountsSection(fields, scope);
    this.settings = new SettingsSections(fields, legacy);
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
    List<ConfigProblem> errors = new ArrayList<>(parser.problems.errors());
    List<ConfigProblem> warnings = new ArrayList<>(parser.problems.warnings());
    errors.sort(parser.inFileOrder());
    warnings.sort(parser.inFileOrder());
    return new Outcome(config, errors, warnings);
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
    Optional<JsonNode> read = problems.readTree(MAPPER, json, "write a JSON object; see config/accounts.json.example");
    if (read.isEmpty()) {
      return Optional.empty();
    }
    JsonNode root = read.get();
    if (!root.isObject()) {
      fields.error("$", kind(root), "the configuration must be a JSON object", "see config/accounts.json.example");
      return Optional.empty();
    }

    root.fieldNames().forEachRemaining(rootKeys::add);
    InventoryConfig.Builder config = InventoryConfig.builder();
    fields.checkKeys(root, "$", ROOT_KEYS, List.of("notification_settings", "report_settings", "$schema"));
    legacy.ignoredSections(root);

    JsonNode settingsNode = fields.object(root, "collection_settings", "$.collection_settings");
    List<String> regions = scope.regions(root.get("regions"), "$.regions");
    List<ResourceType> types = scope.resourceTypes(root.get("resource_types"), "$.resource_types");
    if (settingsNode != null) {
      regions = legacy.regions(root, settingsNode).orElse(regions);
      types = legacy.resourceTypes(root, settingsNode).orElse(types);
    }
    config.regions(regions);
    config.resourceTypes(types);
    List<String> excluded = scope.regions(root.get("excluded_regions"), "$.excluded_regions");
    config.excludedRegions(excluded);
    for (String region : regions) {
      if (excluded.contains(region)) {
        fields.warn("$.excluded_regions", region, "region is both listed in regions and excluded; it will not be "
            + "collected", "remove it from one of the lists");
      }
    }
    departmentTagKeys(root, config);

    OrganizationConfig organization = accounts.organization(root);
    config.organization(organization);
    Map<String, AccountConfig> configured = accounts.accounts(root);
    config.accounts(configured);
    if (configured.isEmpty() && !organization.enabled() && !problems.hasErrors()) {
      fields.error("$.accounts", null, "no accounts to collect",
          "add accounts under $.accounts, or set $.organization.enabled to true");
    }
    for (String excludedId : organization.excludeAccounts()) {
      configured.values().stream().filter(a -> a.accountId().equals(excludedId)).findFirst().ifPresent(a ->
          fields.warn("$.organization.exclude_accounts", excludedId, "account is excluded but also configured as "
              + "$.accounts." + a.name() + "; the explicit account is collected", "remove it from one of the two places"));
    }

    config.collectionSettings(settings.collectionSettings(settingsNode));
    config.costThresholds(settings.costThresholds(root, settingsNode));
    config.history(settings.history(root));

    if (problems.hasErrors()) {
      return Optional.empty();
    }
    // The values' own checks throw ConfigurationException; Immutables' builders throw IllegalStateException
    // for a missing required value.
    try {
      return Optional.of(config.build());
    } catch (ConfigurationException | IllegalStateException | IllegalArgumentException e) {
      fields.error("$", null, e.getMessage(), "fix the value named");
      return Optional.empty();
    }
  }

  private void departmentTagKeys(JsonNode root, InventoryConfig.Builder config) {
    if (root.has("department_tag_keys")) {
      List<String> keys = fields.stringList(root.get("department_tag_keys"), "$.department_tag_keys");
      if (keys != null) {
        if (keys.isEmpty()) {
          fields.warn("$.department_tag_keys", "[]", "no tag keys: departments come only from accounts",
              "list tag keys such as [\"Department\", \"CostCenter\"], or remove the key for the defaults");
        }
        config.departmentTagKeys(keys);
      }
    }
  }
}
