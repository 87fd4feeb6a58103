package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.query.ResourceQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inventory query by-department DEPARTMENT}. */
@Command(name = "by-department", mixinStandardHelpOptions = true, description = "Resources of a department.")
final class QueryByDepartmentCommand extends ListQueryCommand {
  @Parameters(paramLabel = "DEPARTMENT", description = "A department; 'unassigned' for resources without one.")
  String department;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only of this type.")
  String type;

  @Option(names = "--account", paramLabel = "ID", description = "Only in this account (needs --type).")
  String account;

  @Option(names = "--in-region", paramLabel = "REGION",
      description = "Only resources in this region (needs --type and --account).")
  String region;

  @Override
  ResourceQuery query() {
    if (account != null && type == null) {
      throw new UsageException("--account needs --type: by-department DEPARTMENT --type TYPE --account ID");
    }
    if (region != null && (type == null || account == null)) {
      throw new UsageException("--in-region needs --type and --account: by-department DEPARTMENT --type TYPE "
          + "--account ID --in-region REGION");
    }
    ResourceQuery q = ResourceQuery.byDepartment(department);
    if (type != null) {
      q = q.type(Inventory.type(type));
    }
    if (account != null) {
      q = q.account(account);
    }
    return region != null ? q.region(region) : q;
  }
}
