package io.github.awsinventory.model.config.internal;

import static io.github.awsinventory.model.config.ConfigProblems.kind;
import static io.github.awsinventory.model.config.internal.JsonFields.pathKey;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.OrganizationConfig;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the accounts to collect: {@code $.accounts} (each account's id, role, ExternalId, department, regions
 * and tags) and {@code $.organization} (the accounts found through AWS Organizations).
 */
final class AccountsSection {

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws(-[a-z]+)*:iam::(\\d{12}):role/[\\w+=,.@/-]{1,512}");
  private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");

  private static final List<String> ACCOUNT_KEYS = List.of("account_id", "role_name", "role_arn", "external_id",
      "department", "regions", "enabled", "management", "tags");
  private static final List<String> ORGANIZATION_KEYS = List.of("enabled", "role_name", "external_id",
      "exclude_accounts", "department_tag");

  private final JsonFields fields;
  private final ScopeValues scope;

  AccountsSection(JsonFields fields, ScopeValues scope) {
    this.fields = fields;
    this.scope = scope;
  }

  /** The configured accounts by name; an account with an error is left out. */
  Map<String, AccountConfig> accounts(JsonNode root) {
    Map<String, AccountConfig> accounts = new LinkedHashMap<>();
    JsonNode node = root.get("accounts");
    if (node == null || node.isNull()) {
      return accounts;
    }
    if (!node.isObject()) {
      fields.error("$.accounts", kind(node), "accounts must be an object keyed by account name",
          "write {\"accounts\": {\"engineering\": {\"account_id\": \"111111111111\", \"role_name\": \"InventoryRole\"}}}");
      return accounts;
    }
    Map<String, String> nameById = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> field = entries.next();
      String name = field.getKey();
      String path = "$.accounts." + pathKey(name);
      JsonNode account = field.getValue();
      if (name.isBlank()) {
        fields.error(path, "\"" + name + "\"", "account name must not be blank", "name the account, e.g. \"engineering\"");
        continue;
      }
      if (!account.isObject()) {
        fields.error(path, kind(account), "an account must be an object", "write {\"account_id\": \"111111111111\", "
            + "\"role_name\": \"InventoryRole\"}");
        continue;
      }
      fields.checkKeys(account, path, ACCOUNT_KEYS, List.of());
      AccountConfig.Builder builder = AccountConfig.builder().name(name);
      String accountId = accountId(account.get("account_id"), path + ".account_id");
      if (accountId != null) {
        builder.accountId(accountId);
        String previous = nameById.putIfAbsent(accountId, name);
        if (previous != null) {
          fields.error(path + ".account_id", accountId, "duplicate account id: also configured as $.accounts."
              + pathKey(previous), "configure each account once");
        }
      }
      boolean management = fields.bool(account, "management", path).orElse(false);
      builder.management(management);
      builder.enabled(fields.bool(account, "enabled", path).orElse(true));
      Optional<String> roleName = fields.string(account, "role_name", path);
      roleName.ifPresent(role -> {
        if (!ROLE_NAME.matcher(role).matches()) {
          fields.error(path + ".role_name", role, "not a valid IAM role name",
              "use 1-64 letters, digits and +=,.@_- (e.g. " + OrganizationConfig.DEFAULT_ROLE_NAME + ")");
        }
      });
      roleName.ifPresent(builder::roleName);
      Optional<String> roleArn = fields.string(account, "role_arn", path);
      roleArn.ifPresent(arn -> {
        var matcher = ROLE_ARN.matcher(arn);
        if (!matcher.matches()) {
          fields.error(path + ".role_arn", arn, "not a valid IAM role ARN",
              "write arn:aws:iam::<account_id>:role/<role name>");
        } else if (accountId != null && !matcher.group(2).equals(accountId)) {
          fields.error(path + ".role_arn", arn, "the role is in account " + matcher.group(2) + ", not in " + accountId,
              "use a role in the account being collected");
        }
      });
      roleArn.ifPresent(builder::configuredRoleArn);
      if (management && (roleName.isPresent() || roleArn.isPresent())) {
        fields.warn(path, null, "the management account is collected with the base credentials; its role is ignored",
            "remove role_name/role_arn, or remove \"management\": true to assume the role");
      }
      if (!management && roleName.isEmpty() && roleArn.isEmpty()) {
        fields.error(path, null, "no role to assume in this account",
            "set role_name (e.g. \"" + OrganizationConfig.DEFAULT_ROLE_NAME + "\") or role_arn, or set "
                + "\"management\": true if the base credentials belong to this account");
      }
      externalId(account, path).ifPresent(builder::externalId);
      fields.string(account, "department", path).ifPresent(department -> {
        if (department.isBlank()) {
          fields.error(path + ".department", "\"\"", "department must not be blank", "name the department or remove the key");
        } else {
          builder.department(department);
        }
      });
      if (account.has("regions")) {
        builder.regions(scope.regions(account.get("regions"), path + ".regions"));
      }
      if (account.has("tags")) {
        Map<String, String> tags = fields.stringMap(account.get("tags"), path + ".tags");
        if (tags != null) {
          builder.tags(tags);
        }
      }
      if (accountId != null) {
        try {
          accounts.put(name, builder.build());
        } catch (ConfigurationException | IllegalStateException e) {
          fields.error(path, null, e.getMessage(), "fix the value named");
        }
      }
    }
    return accounts;
  }

  /** The organization settings; defaults when the section is absent. */
  OrganizationConfig organization(JsonNode root) {
    OrganizationConfig.Builder builder = OrganizationConfig.builder();
    JsonNode node = fields.object(root, "organization", "$.organization");
    if (node == null) {
      return builder.build();
    }
    String path = "$.organization";
    fields.checkKeys(node, path, ORGANIZATION_KEYS, List.of());
    fields.bool(node, "enabled", path).ifPresent(builder::enabled);
    fields.string(node, "role_name", path).ifPresent(role -> {
      if (ROLE_NAME.matcher(role).matches()) {
        builder.roleName(role);
      } else {
        fields.error(path + ".role_name", role, "not a valid IAM role name", "use 1-64 letters, digits and +=,.@_-");
      }
    });
    externalId(node, path).ifPresent(builder::externalId);
    if (node.has("exclude_accounts")) {
      List<String> ids = fields.stringList(node.get("exclude_accounts"), path + ".exclude_accounts");
      if (ids != null) {
        for (int i = 0; i < ids.size(); i++) {
          if (!ACCOUNT_ID.matcher(ids.get(i)).matches()) {
            fields.error(path + ".exclude_accounts[" + i + "]", ids.get(i), "an account id must be 12 digits",
                "write the 12-digit id as a string, with leading zeros");
          }
        }
        builder.excludeAccounts(ids);
      }
    }
    fields.string(node, "department_tag", path).ifPresent(tag -> {
      if (tag.isBlank()) {
        fields.error(path + ".department_tag", "\"\"", "the tag key must not be blank", "name the account tag, e.g. Department");
      } else {
        builder.departmentTag(tag);
      }
    });
    return builder.build();
  }

  private String accountId(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      fields.error(path, null, "account_id is missing", "add the 12-digit account id as a string");
      return null;
    }
    if (node.isNumber()) {
      fields.error(path, node.asText(), "account_id must be a string", "quote it: \"" + node.asText()
          + "\" (a number loses leading zeros)");
      return null;
    }
    if (!node.isTextual()) {
      fields.error(path, kind(node), "account_id must be a string of 12 digits", "write it as \"111111111111\"");
      return null;
    }
    String id = node.asText();
    if (!ACCOUNT_ID.matcher(id).matches()) {
      fields.error(path, id, "an account id must be exactly 12 digits", "copy the id from the AWS console, with leading zeros");
      return null;
    }
    return id;
  }

  private Optional<String> externalId(JsonNode parent, String path) {
    Optional<String> value = fields.string(parent, "external_id", path);
    value.ifPresent(id -> {
      if (!EXTERNAL_ID.matcher(id).matches()) {
        fields.error(path + ".external_id", ConfigParser.mask(id), "not a valid ExternalId",
            "use 2-1224 letters, digits and +=,.@:/_- (the value given to the member-account stack)");
      }
    });
    return value.filter(id -> EXTERNAL_ID.matcher(id).matches());
  }
}
