package io.github.awsinventory.query.report;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.awsinventory.model.types.BroadTier;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.internal.report.CleanupEngine;
import io.github.awsinventory.query.internal.report.CostEngine;
import io.github.awsinventory.query.internal.report.Groups;
import io.github.awsinventory.query.internal.report.ReportParts;
import io.github.awsinventory.query.security.SecurityCheck;
import io.github.awsinventory.query.security.SecurityReport;
import io.github.awsinventory.query.security.SecurityRule;
import io.github.awsinventory.query.security.SecurityRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds the reports from the inventory: every live resource is read once through the type index (types
 * in parallel), never by scanning the table, and never a history version or a deleted resource.
 *
 * <p>This is the facade: each report is computed by its engine in {@code query.internal.report}. It is longer
 * than 300 lines only because its {@link Builder} documents every setting.
 *
 * <pre>{@code
 * InventoryReports reports = InventoryReports.builder()
 *     .query(InventoryQuery.create(dynamoDb, "aws-inventory"))
 *     .thresholds(config.costThresholds())
 *     .build();
 * reports.summary().printText(out);
 * reports.withThresholds(reports.thresholds().toBuilder().idleResourceDays(7).build()).cleanup();
 * }</pre>
 */
public final class InventoryReports {

  /** How old the latest run may be before the summary flags the data as stale, unless configured. */
  public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(26);

  private static final ReportParts PARTS = new Parts();

  private final InventoryQuery query;
  private final Clock clock;
  private final Instant asOf;
  private final CostThresholds thresholds;
  private final PriceList prices;
  private final List<ResourceType> types;
  private final int parallelism;
  private final Duration staleAfter;
  private final SecurityCheck security;

  private InventoryReports(InventoryQuery query, Clock clock, Instant asOf, CostThresholds thresholds,
      PriceList prices, List<ResourceType> types, int parallelism, Duration staleAfter, SecurityCheck security) {
    this.query = query;
    this.clock = clock;
    this.asOf = asOf;
    this.thresholds = thresholds;
    this.prices = prices;
    this.types = types;
    this.parallelism = parallelism;
    this.staleAfter = staleAfter;
    this.security = security;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same reports with other thresholds (for one call: {@code --days}, {@code --threshold}).
   *
   * @param thresholds the thresholds
   * @return a new instance
   */
  public InventoryReports withThresholds(CostThresholds thresholds) {
    return new InventoryReports(query, clock, asOf, Objects.requireNonNull(thresholds, "thresholds"), prices, types,
        parallelism, staleAfter, security);
  }

  /**
   * The same reports evaluated as of another time (ages of stopped instances, snapshots, keys).
   *
   * @param asOf the time
   * @return a new instance
   */
  public InventoryReports asOf(Instant asOf) {
    return new InventoryReports(query, clock, Objects.requireNonNull(asOf, "asOf"), thresholds, prices, types,
        parallelism, staleAfter, security);
  }

  /**
   * The thresholds in use.
   *
   * @return thresholds
   */
  public CostThresholds thresholds() {
    return thresholds;
  }

  /**
   * The query the reports read through.
   *
   * @return the query
   */
  public InventoryQuery query() {
    return query;
  }

  /**
   * The resource types the reports read: the built-in ones, any given to the builder, and any a recorded
   * collection run found (the broad tier's types come from ARNs, so only the runs know them; a run that
   * collected some accounts or types only knows theirs, so every recorded run counts).
   *
   * @return types
   */
  public List<ResourceType> resourceTypes() {
    Set<ResourceType> all = new LinkedHashSet<>(types);
    try (Stream<CollectionReport> runs = query.runs()) {
      runs.forEach(run -> run.resourcesByType().keySet().forEach(t -> all.add(ResourceType.of(t))));
    }
    return List.copyOf(all);
  }

  /**
   * Counts and monthly cost by type, department, account and region; unknown costs counted apart; the
   * latest run's coverage and age.
   *
   * @return the report
   */
  public SummaryReport summary() {
    Instant now = now();
    Groups groups = new Groups(PARTS);
    long[] broad = {0};
    each(resource -> {
      groups.add(resource);
      if (BroadTier.isBroad(resource)) {
        broad[0]++;
      }
    });
    Optional<CollectionReport> latest = query.latestRun();
    return new SummaryReport(now, groups.total(), broad[0], groups.byType(), groups.byDepartment(),
        groups.byAccount(), groups.byRegion(), latest, staleAfter);
  }

  /**
   * Cost by department, type and account; the {@code top} most expensive resources; those above the
   * {@code expensive_resource_monthly} threshold; and optimisation recommendations with their savings.
   *
   * @param top how many of the most expensive resources to list
   * @return the report
   */
  public CostReport cost(int top) {
    if (top < 0) {
      throw new io.github.awsinventory.query.QueryException("top must be >= 0 (was " + top
          + "); pass 0 to list no single resources");
    }
    Instant now = now();
    CostEngine engine = new CostEngine(PARTS, thresholds, prices, now, top);
    each(engine);
    Groups groups = engine.groups();
    return new CostReport(now, groups.total(), groups.byDepartment(), groups.byType(), groups.byAccount(),
        engine.top(), thresholds.expensiveResourceMonthly(), engine.aboveThreshold(), engine.recommendations());
  }

  /**
   * The security check: every live resource against the rules of its type.
   *
   * @return the report
   */
  public SecurityReport security() {
    Instant now = now();
    try (Stream<Resource> resources = query.resourcesOfTypes(resourceTypes(), parallelism)) {
      return security.run(resources::iterator, now);
    }
  }

  /**
   * Cleanup candidates with their monthly savings.
   *
   * @return the report
   */
  public CleanupReport cleanup() {
    Instant now = now();
    CleanupEngine engine = new CleanupEngine(PARTS, thresholds, now);
    each(engine);
    return new CleanupReport(now, thresholds, engine.candidates(), engine.stoppedWithoutStopTime());
  }

  /**
   * Feeds every live resource to a consumer, reading the types in parallel.
   *
   * @param consumer receives each resource once, on the calling thread
   */
  public void each(Consumer<Resource> consumer) {
    try (Stream<Resource> resources = query.resourcesOfTypes(resourceTypes(), parallelism)) {
      resources.forEach(consumer);
    }
  }

  /**
   * The time the reports describe.
   *
   * @return the fixed time given with {@link #asOf(Instant)}, else the clock's time
   */
  public Instant now() {
    return asOf != null ? asOf : clock.instant();
  }

  /** Configures {@link InventoryReports}. */
  public static final class Builder {
    private InventoryQuery query;
    private Clock clock = Clock.systemUTC();
    private CostThresholds thresholds = CostThresholds.defaults();
    private PriceList prices;
    private final Set<ResourceType> types = new LinkedHashSet<>(ResourceType.builtIn());
    private int parallelism = 4;
    private Duration staleAfter = DEFAULT_STALE_AFTER;
    private List<SecurityRule> rules;

    private Builder() {}

    /**
     * The security rules (default: the built-in ones and those registered with {@link java.util.ServiceLoader},
     * see {@link SecurityRules#discover()}).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder securityRules(Collection<? extends SecurityRule> rules) {
      this.rules = List.copyOf(rules);
      return this;
    }

    /**
     * The query to read through (required).
     *
     * @param query the query
     * @return this builder
     */
    public Builder query(InventoryQuery query) {
      this.query = query;
      return this;
    }

    /**
     * The clock (default: UTC system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The thresholds, typically the configuration's {@code cost_thresholds} (default: the defaults).
     *
     * @param thresholds the thresholds
     * @return this builder
     */
    public Builder thresholds(CostThresholds thresholds) {
      this.thresholds = thresholds;
      return this;
    }

    /**
     * The prices used to price recommendations (default: the bundled list prices).
     *
     * @param prices the price list
     * @return this builder
     */
    public Builder prices(PriceList prices) {
      this.prices = prices;
      return this;
    }

    /**
     * Custom types to read besides the built-in ones and those of the latest run.
     *
     * @param types the types
     * @return this builder
     */
    public Builder addResourceTypes(Collection<ResourceType> types) {
      this.types.addAll(types);
      return this;
    }

    /**
     * How many types to read at once (default 4).
     *
     * @param parallelism at least 1
     * @return this builder
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new io.github.awsinventory.query.QueryException("parallelism must be >= 1 (was " + parallelism
            + "); pass 1 to read one type at a time");
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * How old the latest run may be before the summary flags the data as stale (default 26 hours: a daily
     * schedule plus slack).
     *
     * @param staleAfter the limit
     * @return this builder
     */
    public Builder staleAfter(Duration staleAfter) {
      this.staleAfter = staleAfter;
      return this;
    }

    /**
     * Builds the reports.
     *
     * @return the reports
     */
    public InventoryReports build() {
      if (query == null) {
        throw new io.github.awsinventory.query.QueryException(
            "query is required (was not set): InventoryReports.builder().query(InventoryQuery.create(...))");
      }
      return new InventoryReports(query, clock, null, thresholds, prices != null ? prices : PriceList.bundled(),
          List.copyOf(types), parallelism, staleAfter,
          SecurityCheck.of(rules != null ? rules : SecurityRules.discover()));
    }
  }

  /** The report values' constructors, for the engines in another package. */
  private static final class Parts implements ReportParts {
    @Override
    public SummaryReport.Group group(String key, String label, long resources, BigDecimal knownCost,
        long unknownCost) {
      return new SummaryReport.Group(key, label, resources, knownCost, unknownCost);
    }

    @Override
    public Recommendation recommendation(String ruleId, ResourceRef resource, String reason, String action,
        BigDecimal monthlySavings) {
      return new Recommendation(ruleId, resource, reason, action, monthlySavings);
    }

    @Override
    public CleanupCandidate candidate(CleanupCandidate.Reason reason, ResourceRef resource, String detail,
        Long ageDays, BigDecimal monthlySavings) {
      return new CleanupCandidate(reason, resource, detail, ageDays, monthlySavings);
    }
  }
}
