package io.github.awsinventory.query.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.DynamoDbTable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Custom rules for the tests: the javadoc example of {@link SecurityRule}, and broken ones. */
final class CustomRules {

  private CustomRules() {}

  /** A rule that finds nothing, with the given description (which may be invalid). */
  static SecurityRule describedAs(String id, String title, Severity severity, Set<ResourceType> types,
      String remediation) {
    return new SecurityRule() {
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
        return List.of();
      }
    };
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
  public static final class DuplicateOfEbs001 implements SecurityRule {
    @Override
    public String id() {
      return "EBS-001";
    }

    @Override
    public String title() {
      return "duplicate";
    }

    @Override
    public Severity severity() {
      return Severity.LOW;
    }

    @Override
    public Set<ResourceType> resourceTypes() {
      return Set.of(ResourceType.EBS_VOLUME);
    }

    @Override
    public String remediation() {
      return "none";
    }

    @Override
    public List<Finding> evaluate(Resource resource, Instant asOf) {
      return List.of();
    }
  }
}
