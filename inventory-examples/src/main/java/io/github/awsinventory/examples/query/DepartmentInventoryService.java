package io.github.awsinventory.examples.query;

import io.github.awsinventory.examples.ExampleMain;
import io.github.awsinventory.examples.ExampleOptions;
import io.github.awsinventory.examples.UsageException;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.Page;
import io.github.awsinventory.query.PageRequest;
import io.github.awsinventory.query.ResourceQuery;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Example 2 — querying the inventory from a service: what a department owns and what it costs, and its
 * resources page by page for an API whose clients hand back an opaque token for the next page.
 *
 * <p>Every call is a key-condition query on the table's {@code department-index} — never a scan — so it
 * costs what it returns, however large the table and however deep the history.
 *
 * <pre>{@code
 * InventoryQuery query = InventoryQuery.create(dynamoDb, "aws-inventory");
 * DepartmentInventoryService service = new DepartmentInventoryService(query);
 * DepartmentCost cost = service.cost("engineering");
 * Page<Resource> first = service.page("engineering", Optional.empty(), 50);
 * Page<Resource> second = service.page("engineering", first.nextToken(), 50);   // the client sends it back
 * }</pre>
 */
public final class DepartmentInventoryService {

  /** The page size when the caller asks for none. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  static final String DEPARTMENT = "--department";
  static final String PAGE_SIZE = "--page-size";

  static final String USAGE = ""
      + "Usage: DepartmentInventoryService --department NAME [--page-size N] [--endpoint-url URL] [--region REGION]\n"
      + "                                  [--table NAME]\n"
      + "Prints a department's resources and estimated monthly cost by type, then lists its resources page by\n"
      + "page, as an API would serve them.\n"
      + "  --department NAME   the department, e.g. engineering\n"
      + "  --page-size N       resources per page, 1 to " + PageRequest.MAX_SIZE + " (default " + DEFAULT_PAGE_SIZE
      + ")\n"
      + ExampleOptions.COMMON_USAGE;

  private final InventoryQuery query;

  /**
   * Creates the service.
   *
   * @param query the inventory table's query (thread-safe; share one)
   */
  public DepartmentInventoryService(InventoryQuery query) {
    this.query = query;
  }

  /**
   * A department's resources and estimated monthly cost, by type. Resources whose cost is unknown are
   * counted apart, never as 0.
   *
   * @param department the department
   * @return the totals; zero resources for a department that owns nothing
   */
  public DepartmentCost cost(String department) {
    Map<String, TypeCost> byType = new TreeMap<>();
    try (Stream<Resource> resources = query.resources(ResourceQuery.byDepartment(department))) {
      resources.forEach(resource -> byType.merge(resource.resourceType().name(), TypeCost.of(resource),
          TypeCost::plus));
    }
    TypeCost total = byType.values().stream().reduce(TypeCost.NONE, TypeCost::plus);
    return new DepartmentCost(department, total.resources(), total.knownMonthlyCost(), total.unknownCost(),
        byType);
  }

  /**
   * One page of a department's resources.
   *
   * @param department the department
   * @param token the token of the previous page, as the client sent it back; empty for the first page
   * @param size resources per page, 1 to {@value PageRequest#MAX_SIZE}
   * @return the page, with the token of the next one unless it is the last
   * @throws io.github.awsinventory.query.QueryException when the token does not belong to this department's query
   */
  public Page<Resource> page(String department, Optional<String> token, int size) {
    PageRequest request = token.map(t -> PageRequest.after(t, size)).orElse(PageRequest.first(size));
    return query.page(ResourceQuery.byDepartment(department), request);
  }

  /**
   * A department's resources and their estimated monthly cost.
   *
   * @param department the department
   * @param resources how many live resources it has
   * @param knownMonthlyCost the sum of the known estimates, USD per month
   * @param unknownCostResources how many resources have no estimate (not in the sum)
   * @param byType the same, per resource type name
   */
  public record DepartmentCost(String department, long resources, BigDecimal knownMonthlyCost,
      long unknownCostResources, Map<String, TypeCost> byType) {

    /** Copies the map; it is sorted by type name. */
    public DepartmentCost {
      byType = Collections.unmodifiableMap(new TreeMap<>(byType));
    }
  }

  /**
   * The resources of one type and their estimated monthly cost.
   *
   * @param resources how many
   * @param knownMonthlyCost the sum of the known estimates, USD per month
   * @param unknownCost how many have no estimate
   */
  public record TypeCost(long resources, BigDecimal knownMonthlyCost, long unknownCost) {

    static final TypeCost NONE = new TypeCost(0, BigDecimal.ZERO, 0);

    static TypeCost of(Resource resource) {
      return new TypeCost(1, resource.estimatedMonthlyCost().orElse(BigDecimal.ZERO),
          resource.estimatedMonthlyCost().isPresent() ? 0 : 1);
    }

    TypeCost plus(TypeCost other) {
      return new TypeCost(resources + other.resources, knownMonthlyCost.add(other.knownMonthlyCost),
          unknownCost + other.unknownCost);
    }
  }

  /**
   * Prints a department's cost and pages through its resources; see {@link #USAGE}.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    ExampleMain.exit(args, DepartmentInventoryService::run);
  }

  /** The command line: 0 when done, 2 for a usage error. */
  static int run(String[] args, Map<String, String> env, AwsCredentialsProvider credentials, PrintStream out,
      PrintStream err) {
    ExampleOptions options;
    String department;
    int pageSize;
    try {
      options = ExampleOptions.parse(args, env, DEPARTMENT, PAGE_SIZE);
      department = options.required(DEPARTMENT);
      pageSize = options.intValue(PAGE_SIZE, DEFAULT_PAGE_SIZE, 1);
      if (pageSize > PageRequest.MAX_SIZE) {
        throw UsageException.of(PAGE_SIZE + " must be at most " + PageRequest.MAX_SIZE + " (was " + pageSize + ")");
      }
    } catch (UsageException e) {
      return e.report(USAGE, out, err);
    }
    try (DynamoDbClient dynamoDb = options.configure(DynamoDbClient.builder(), credentials).build()) {
      DepartmentInventoryService service = new DepartmentInventoryService(InventoryQuery.create(dynamoDb,
          options.table()));
      printCost(out, service.cost(department));
      out.println();
      out.printf("Resources of %s, %d per page:%n", department, pageSize);
      Optional<String> token = Optional.empty();
      int number = 0;
      do {
        Page<Resource> page = service.page(department, token, pageSize);
        number++;
        out.printf("page %d (%d resources)%n", number, page.items().size());
        page.items().forEach(r -> out.printf("  %-16s %-12s %-10s %9s  %s  %s%n", r.resourceType().name(),
            r.accountId(), r.region(), r.estimatedMonthlyCost().map(DepartmentInventoryService::usd).orElse("unknown"),
            r.name(), r.resourceId()));
        token = page.nextToken();
      } while (token.isPresent());
    }
    return 0;
  }

  private static void printCost(PrintStream out, DepartmentCost cost) {
    out.printf("Department %s: %d resources, %s USD per month (known), %d with an unknown cost%n",
        cost.department(), cost.resources(), usd(cost.knownMonthlyCost()), cost.unknownCostResources());
    out.printf("  %-16s %9s %12s %8s%n", "TYPE", "RESOURCES", "USD/MONTH", "UNKNOWN");
    cost.byType().forEach((type, c) -> out.printf("  %-16s %9d %12s %8d%n", type, c.resources(),
        usd(c.knownMonthlyCost()), c.unknownCost()));
  }

  private static String usd(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
