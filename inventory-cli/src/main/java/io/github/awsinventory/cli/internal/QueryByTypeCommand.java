package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.query.ResourceQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inventory query by-type TYPE}. */
@Command(name = "by-type", mixinStandardHelpOptions = true, description = "Resources of a type.")
final class QueryByTypeCommand extends ListQueryCommand {
  @Parameters(paramLabel = "TYPE", description = "A resource type, e.g. ec2_instance.")
  String type;

  @Option(names = "--account", paramLabel = "ID", description = "Only in this account.")
  String account;

  @Option(names = "--in-region", paramLabel = "REGION",
      description = "Only resources in this region (needs --account).")
  String region;

  @Override
  ResourceQuery query() {
    if (region != null && account == null) {
      throw new UsageException("--in-region needs --account: by-type TYPE --account ID --in-region REGION");
    }
    ResourceQuery q = ResourceQuery.byType(Inventory.type(type));
    if (account != null) {
      q = q.account(account);
    }
    return region != null ? q.region(region) : q;
  }
}
