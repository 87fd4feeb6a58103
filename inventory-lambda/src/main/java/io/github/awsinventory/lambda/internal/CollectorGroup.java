package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.ResourceCatalog;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.config.InventoryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service groups that the Lambda deployment splits the collectors into: one jar and one function each, so
 * that no function passes Lambda's 250 MB unzipped limit however many types the catalogue holds. A type belongs
 * to the group of its service ({@link TypeDescriptor#service()}); services not named here are in {@link #CORE}.
 * The core function also plans, summarises, reports and runs the broad tier. Every jar holds the shared base:
 * the collector, the table and reports, and the SDK modules every function calls (STS, Organizations,
 * DynamoDB, S3, SNS, and EC2, whose DescribeRegions tells each account's enabled regions); a new group
 * costs only its own service modules. {@code docs/PERFORMANCE.md} lists each jar's size.
 *
 * <p>Each jar holds only its group's collectors and SDK service modules and names its group in
 * {@value #RESOURCE}; on a class path without that resource (tests, an embedding application) there is no
 * split and every collector runs.
 */
enum CollectorGroup {
  /** Every service not in another group; the jar {@code inventory-lambda-<version>-lambda.jar}. */
  CORE("lambda", Set.of()),
  /** Caches, warehouses, search domains and file systems; {@code -lambda-data.jar}. */
  DATA("lambda-data", Set.of("elasticfilesystem", "elasticache", "redshift", "es")),
  /** Containers, messaging, streams, workflows, APIs and the edge; {@code -lambda-app.jar}. */
  APP("lambda-app", Set.of("sqs", "sns", "kinesis", "states", "apigateway", "eks", "ecs", "route53",
      "cloudfront"));

  /** The class-path resource that names the jar's group. */
  static final String RESOURCE = "META-INF/aws-inventory/collector-group";

  private final String classifier;
  private final Set<String> services;

  CollectorGroup(String classifier, Set<String> services) {
    this.classifier = classifier;
    this.services = services;
  }

  /**
   * The group's name as the jar's resource and the function's name write it.
   *
   * @return e.g. {@code compute}
   */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The classifier of the group's jar.
   *
   * @return e.g. {@code lambda-compute}
   */
  String classifier() {
    return classifier;
  }

  /**
   * The group that collects a type.
   *
   * @param descriptor the type
   * @return its group
   */
  static CollectorGroup of(TypeDescriptor descriptor) {
    for (CollectorGroup group : values()) {
      if (group.services.contains(descriptor.service())) {
        return group;
      }
    }
    return CORE;
  }

  /**
   * The built-in types of this group.
   *
   * @return the descriptors, in catalogue order
   */
  List<TypeDescriptor> types() {
    return ResourceCatalog.builtIn().descriptors().stream().filter(d -> of(d) == this)
        .collect(Collectors.toList());
  }

  /**
   * The built-in types that the other groups collect.
   *
   * @return the descriptors, in catalogue order
   */
  List<TypeDescriptor> otherTypes() {
    return ResourceCatalog.builtIn().descriptors().stream().filter(d -> of(d) != this)
        .collect(Collectors.toList());
  }

  /**
   * Whether a built-in type is this group's; a type outside the catalogue (a plug-in's) is the core group's.
   *
   * @param type the type
   * @return true when this group collects it
   */
  boolean collects(ResourceType type) {
    return ResourceCatalog.builtIn().find(type).map(CollectorGroup::of).orElse(CORE) == this;
  }

  /**
   * The configuration that this group's function collects: the configured types of the group (all of the jar's
   * when the configuration lists none) and, outside the core group, no broad tier.
   *
   * @param config the whole deployment's configuration
   * @return the group's configuration; empty when the configuration names none of the group's types
   */
  Optional<InventoryConfig> configFor(InventoryConfig config) {
    InventoryConfig.Builder builder = config.toBuilder();
    if (!config.resourceTypes().isEmpty()) {
      List<ResourceType> types = config.resourceTypes().stream().filter(this::collects).collect(Collectors.toList());
      if (types.isEmpty()) {
        return Optional.empty();
      }
      builder.resourceTypes(types);
    }
    if (this != CORE) {
      builder.collectionSettings(config.collectionSettings().toBuilder().broadTier(false).build());
    }
    return Optional.of(builder.build());
  }

  /**
   * The group of the jar on the class path.
   *
   * @return the group; empty when the class path is not a split deployment jar
   * @throws IllegalStateException when the resource names no group
   */
  static Optional<CollectorGroup> current() {
    try (InputStream in = CollectorGroup.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      String id = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      for (CollectorGroup group : values()) {
        if (group.id().equals(id)) {
          return Optional.of(group);
        }
      }
      throw new IllegalStateException(RESOURCE + " names collector group '" + id + "', which is none of "
          + List.of(values()) + "; rebuild the jar with this module's build");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
  }
}
