package io.github.awsinventory.query.report;

import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.render.TextTable;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Savings shared by the cost and cleanup reports: totals that count a resource once, and their text. */
final class Savings {

  private Savings() {}

  /**
   * The known savings of items that may name one resource several times: the items for one resource are
   * alternatives (delete the volume, or convert it), so only the largest of its savings counts.
   */
  static <T> BigDecimal oncePerResource(List<T> items, Function<T, ResourceRef> resource,
      Function<T, Optional<BigDecimal>> savings) {
    Map<String, BigDecimal> byResource = new LinkedHashMap<>();
    for (T item : items) {
      savings.apply(item).ifPresent(s -> byResource.merge(resource.apply(item).resourceId(), s, BigDecimal::max));
    }
    return byResource.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Prints one group: a heading with the count and the known savings, an optional line of what to do, and
   * a table of savings, account, region, resource and the item's text (wrapped, never cut).
   */
  static <T> void printGroup(PrintWriter out, String title, Optional<String> toDo, List<T> items,
      Function<T, ResourceRef> resource, Function<T, Optional<BigDecimal>> savings, String textHeader,
      Function<T, String> text) {
    boolean someUnknown = items.stream().anyMatch(item -> savings.apply(item).isEmpty());
    out.println();
    out.printf("%s (%d, %s per month%s)%n", title, items.size(), Money.text(oncePerResource(items, resource, savings)),
        someUnknown ? " known" : "");
    toDo.ifPresent(action -> out.printf("  To do: %s%n", action));
    TextTable table = new TextTable("SAVINGS", "ACCOUNT", "REGION", "RESOURCE", textHeader).numeric(0).wrap(4);
    for (T item : items) {
      ResourceRef r = resource.apply(item);
      table.row(Money.text(savings.apply(item).orElse(null)), r.accountName(), r.region(), r.name(), text.apply(item));
    }
    table.print(out, "  ");
  }
}
