package io.github.awsinventory.query.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.DynamoDbTable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Custom rules for the tests: the javadoc example of {@link SecurityRule}, broken ones, and rules of EBS volumes
 * whose evaluation a test supplies.
 */
final class CustomRules {

  private CustomRules() {}

  /** A rule that finds nothing, with the given description (which may be invalid). */
  static SecurityRule describedAs(String id, String title, Severity severity, Set<ResourceType> types,
      String remediation) {
    return new Described(id, title, severity, types, remediation, (resource, asOf) -> List.of());
  }

  /** A rule of EBS volumes whose evaluation a test supplies. */
  static SecurityRule ofEbsVolumes(String id, BiFunction<Resource, Instant, List<Finding>> evaluation) {
    return new Described(id, "test rule", Severity.LOW, Set.of(ResourceType.EBS_VOLUME), "none", evaluation);
  }

  /** A rule described by its constructor's arguments. */
  private static class Described implements SecurityRule {
    private final String id;
    private final String title;
    private final Severity severity;
    private final Set<ResourceType> types;
    private final String remediation;
    private final BiFunction<Resource, Instant, List<Finding>> evaluation;

    Described(String id, String title, Severity severity, Set<ResourceType> types, String remediation,
        BiFunction<Resource, Instant, List<Finding>> evaluation) {
      this.id = id;
      this.title = title;
      this.severity = severity;
      this.types = types;
      this.remediation = remediation;
      this.evaluation = evaluation;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public Severity severity() {
      return severity;
    }

    @Override
    public Set<ResourceType> resourceTypes() {
      return types;
    }

    @Override
    public String remediation() {
      return remediation;
    }

    @Override
    public List<Finding> evaluate(Resource resource, Instant asOf) {
      return evaluation.apply(resource, asOf);
    }
  }

  /** The example of {@link SecurityRule}'s javadoc; registered for {@link SecurityRules#discover()}. */
  public static final class TablesHaveDeletionProtection implements SecurityRule {
    @Override
    public String id() {
      return "ACME-001";
    }

    @Override
    public String title() {
      return "DynamoDB table without deletion protection";
    }

    @Override
    public Severity severity() {
      return Severity.LOW;
    }

    @Override
    public Set<ResourceType> resourceTypes() {
      return Set.of(ResourceType.DYNAMODB_TABLE);
    }

    @Override
    public String remediation() {
      return "Turn on deletion protection (dynamodb update-table --deletion-protection-enabled).";
    }

    @Override
    public List<Finding> evaluate(Resource table, Instant asOf) {
      Optional<Boolean> protectedTable = DynamoDbTable.DELETION_PROTECTION.read(table);
      if (protectedTable.isEmpty()) {
        return List.of(Finding.unknown(this, table, DynamoDbTable.DELETION_PROTECTION.name()));
      }
      if (protectedTable.get()) {
        return List.of();
      }
      return List.of(Finding.fail(this, table)
          .putEvidence(DynamoDbTable.DELETION_PROTECTION.name(), false)
          .message("DynamoDB table " + table.name() + " has no deletion protection")
          .build());
    }
  }

  /** A rule that reuses a built-in id. */
  public static final class DuplicateOfEbs001 extends Described {
    public DuplicateOfEbs001() {
      super("EBS-001", "duplicate", Severity.LOW, Set.of(ResourceType.EBS_VOLUME), "none",
          (resource, asOf) -> List.of());
    }
  }
}
