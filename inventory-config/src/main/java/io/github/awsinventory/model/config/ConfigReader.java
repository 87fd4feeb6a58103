package io.github.awsinventory.model.config;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.internal.ConfigParser;
import io.github.awsinventory.model.types.BroadTier;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads configuration files and reports every problem at once, each with its JSON path, the bad value
 * (secrets masked) and the fix.
 *
 * <pre>{@code
 * ConfigReadResult result = ConfigReader.standard().read(Path.of("accounts.json"));
 * result.errors().forEach(System.err::println);
 * InventoryConfig config = result.orThrow();
 * }</pre>
 */
public final class ConfigReader {

  private final Set<ResourceType> knownTypes;

  private ConfigReader(Set<ResourceType> knownTypes) {
    this.knownTypes = Set.copyOf(knownTypes);
  }

  /**
   * A reader that accepts the built-in resource types and the broad tier's scopes ({@code tagging_api},
   * {@code tagging_api_global}).
   *
   * @return the reader
   */
  public static ConfigReader standard() {
    return withResourceTypes(List.of());
  }

  /**
   * A reader that accepts the built-in resource types, the broad tier's scopes and these (types with a custom
   * collector).
   *
   * @param additionalTypes the extra types
   * @return the reader
   */
  public static ConfigReader withResourceTypes(Collection<ResourceType> additionalTypes) {
    Set<ResourceType> known = new LinkedHashSet<>(ResourceType.builtIn());
    known.add(BroadTier.TAGGING_API);
    known.add(BroadTier.TAGGING_API_GLOBAL);
    known.add(BroadTier.AWS_CONFIG);
    known.add(BroadTier.AWS_CONFIG_GLOBAL);
    known.addAll(additionalTypes);
    return new ConfigReader(known);
  }

  /**
   * Reads a file.
   *
   * @param file the JSON file
   * @return the configuration, or the errors; never throws for a bad file
   */
  public ConfigReadResult read(Path file) {
    String source = file.toString();
    String json;
    try {
      json = Files.readString(file);
    } catch (NoSuchFileException e) {
      return failure(source, "the file does not exist", "check the path, or copy config/accounts.json.example");
    } catch (MalformedInputException e) {
      return failure(source, "the file is not UTF-8 text", "save it as UTF-8 JSON");
    } catch (IOException e) {
      return failure(source, "the file cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage(),
          "check its permissions");
    }
    return parse(json, source);
  }

  /**
   * Parses JSON text.
   *
   * @param json the configuration as JSON
   * @param source a name for messages, e.g. the file name
   * @return the configuration, or the errors
   */
  public ConfigReadResult parse(String json, String source) {
    ConfigParser.Outcome outcome = ConfigParser.parse(json, knownTypes);
    Optional<InventoryConfig> config = outcome.errors().isEmpty() ? outcome.config() : Optional.empty();
    return ConfigReadResult.of(source, config, outcome.errors(), outcome.warnings());
  }

  private static ConfigReadResult failure(String source, String message, String fix) {
    return ConfigReadResult.of(source, Optional.empty(),
        List.of(ConfigProblem.of(ConfigProblem.Severity.ERROR, "$", null, message, fix)), List.of());
  }
}
