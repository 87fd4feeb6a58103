package io.github.awsinventory.testkit.estate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.awsinventory.testkit.AwsEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Exactly what an {@link Estate} built: every resource with its account, region, ids, tags and
 * {@link Traits}, the accounts with their departments, and the regions — so that tests can assert
 * collected counts, attributes, security findings and cleanup candidates against it, and collect exactly
 * this estate with the configuration {@link #writeAccountsConfig(Path)} writes.
 *
 * <pre>{@code
 * EstateManifest manifest = StandardEstate.build(aws);
 * Path config = manifest.writeAccountsConfig(tempDir.resolve("accounts.json"));
 * // ... collect with that configuration, then:
 * assertThat(collected("ebs_volume", "111111111111", "us-east-1"))
 *     .hasSize(manifest.count(ResourceTypes.EBS_VOLUME, "111111111111", "us-east-1"));
 * }</pre>
 */
public final class EstateManifest {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final BuiltResources resources;
  private final List<EstateAccount> accounts;
  private final List<String> regions;

  EstateManifest(List<BuiltResource> resources, List<EstateAccount> accounts, List<String> regions) {
    this.resources = new BuiltResources(resources);
    this.accounts = List.copyOf(accounts);
    this.regions = List.copyOf(regions);
  }

  /**
   * Every resource built, in build order.
   *
   * @return all resources; narrow them with the filters of {@link BuiltResources}
   */
  public BuiltResources resources() {
    return resources;
  }

  /**
   * The resources of a type.
   *
   * @param type one of {@link ResourceTypes}
   * @return the resources of that type
   */
  public BuiltResources ofType(String type) {
    return resources.ofType(type);
  }

  /**
   * The resources in an account and region.
   *
   * @param accountId the 12-digit account
   * @param region the region, or {@link BuiltResource#GLOBAL} for IAM users
   * @return the resources there
   */
  public BuiltResources in(String accountId, String region) {
    return resources.in(accountId, region);
  }

  /**
   * The resources that carry a trait.
   *
   * @param trait one of {@link Traits}
   * @return the resources with that trait
   */
  public BuiltResources withTrait(String trait) {
    return resources.withTrait(trait);
  }

  /**
   * How many resources of a type are in an account and region.
   *
   * @param type one of {@link ResourceTypes}
   * @param accountId the 12-digit account
   * @param region the region, or {@link BuiltResource#GLOBAL} for IAM users
   * @return the count
   */
  public int count(String type, String accountId, String region) {
    return resources.ofType(type).in(accountId, region).size();
  }

  /**
   * The accounts, in the order they were declared.
   *
   * @return the accounts
   */
  public List<EstateAccount> accounts() {
    return accounts;
  }

  /**
   * One account.
   *
   * @param accountId the 12-digit account
   * @return the account
   * @throws IllegalArgumentException when the estate has no such account
   */
  public EstateAccount account(String accountId) {
    return accounts.stream().filter(a -> a.id().equals(accountId)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("account " + accountId + " is not part of this estate; its accounts are "
            + accounts.stream().map(EstateAccount::id).collect(Collectors.toList())));
  }

  /**
   * The regions resources were built in (IAM users, being global, add none).
   *
   * @return the regions, in the order first used
   */
  public List<String> regions() {
    return regions;
  }

  /**
   * The resource types the estate holds: the built-in ones in the order of {@link ResourceTypes#ALL}, then the
   * types of its {@link Traits#BROAD broad} resources, as their ARNs give them, sorted.
   *
   * @return the types
   */
  public List<String> types() {
    List<String> types = ResourceTypes.ALL.stream().filter(t -> !resources.ofType(t).isEmpty())
        .collect(Collectors.toList());
    resources.stream().map(BuiltResource::type).filter(t -> !ResourceTypes.ALL.contains(t)).distinct().sorted()
        .forEach(types::add);
    return types;
  }

  /**
   * The scope types a collection of this estate needs: its built-in types, and the broad tier's
   * ({@code tagging_api}, {@code tagging_api_global}) when it holds broad resources.
   *
   * @return the types, as the accounts configuration's {@code resource_types} names them
   */
  public List<String> collectorTypes() {
    List<String> types = ResourceTypes.ALL.stream().filter(t -> !resources.ofType(t).isEmpty())
        .collect(Collectors.toList());
    if (resources.stream().anyMatch(r -> !ResourceTypes.ALL.contains(r.type()))) {
      types.add(ResourceTypes.TAGGING_API);
      types.add(ResourceTypes.TAGGING_API_GLOBAL);
    }
    return types;
  }

  /**
   * The department a collector should attribute a resource to: the one its tags name
   * ({@link BuiltResource#taggedDepartment()}), else its account's.
   *
   * @param resource a resource of this estate
   * @return the department
   */
  public String departmentOf(BuiltResource resource) {
    Objects.requireNonNull(resource, "resource");
    return resource.taggedDepartment().orElseGet(() -> account(resource.accountId()).department());
  }

  /**
   * An accounts configuration (the format of {@code config/accounts.json.example}) that collects exactly
   * this estate: every account with {@code account_id}, {@code role_name} {@code InventoryRole}, its
   * {@code department} and the estate's {@code regions}; the estate's {@link #collectorTypes()} as
   * {@code resource_types}, and
   * {@code regions}; and {@code department_tag_keys} {@link BuiltResource#DEPARTMENT_TAG_KEYS}.
   *
   * @return the JSON text
   */
  public String accountsConfigJson() {
    Map<String, Object> accountsNode = new LinkedHashMap<>();
    for (EstateAccount account : accounts) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("account_id", account.id());
      node.put("role_name", AwsEmulator.DEFAULT_ROLE_NAME);
      node.put("department", account.department());
      node.put("regions", regions);
      accountsNode.put(account.name(), node);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("accounts", accountsNode);
    root.put("resource_types", collectorTypes());
    root.put("regions", regions);
    root.put("department_tag_keys", BuiltResource.DEPARTMENT_TAG_KEYS);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the accounts configuration could not be written as JSON", e);
    }
  }

  /**
   * Writes {@link #accountsConfigJson()} to a file, creating its parent directories.
   *
   * @param path the file to write (replaced if it exists)
   * @return the path
   * @throws UncheckedIOException when the file cannot be written
   */
  public Path writeAccountsConfig(Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.writeString(path, accountsConfigJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the accounts configuration to " + path, e);
    }
  }

  @Override
  public String toString() {
    return resources.size() + " resources in " + accounts.size() + " accounts and " + regions.size() + " regions";
  }
}
