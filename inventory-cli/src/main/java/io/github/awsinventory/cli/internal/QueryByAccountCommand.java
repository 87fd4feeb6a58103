package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.query.ResourceQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inventory query by-account ID}. */
@Command(name = "by-account", mixinStandardHelpOptions = true, description = "Resources of an account.")
final class QueryByAccountCommand extends ListQueryCommand {
  @Parameters(paramLabel = "ID", description = "A 12-digit account id.")
  String account;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only of this type.")
  String type;

  @Option(names = "--in-region", paramLabel = "REGION",
      description = "Only resources in this region (needs --type).")
  String region;

  @Override
  ResourceQuery query() {
    if (region != null && type == null) {
      throw new UsageException("--in-region needs --type: by-account ID --type TYPE --in-region REGION");
    }
    ResourceQuery q = ResourceQuery.byAccount(account);
    if (type != null) {
      q = q.type(Inventory.type(type));
    }
    return region != null ? q.region(region) : q;
  }
}
