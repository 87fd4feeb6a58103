package io.github.awsinventory.query.report;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.awsinventory.model.types.EbsSnapshot;
import io.github.awsinventory.model.types.EbsVolume;
import io.github.awsinventory.model.types.Ec2Instance;
import io.github.awsinventory.model.types.ElasticIp;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.security.SecurityCheck;
import io.github.awsinventory.query.security.SecurityReport;
import io.github.awsinventory.query.security.SecurityRule;
import io.github.awsinventory.query.security.SecurityRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the reports from the inventory: every live resource is read once through the type index (types
 * in parallel), never by scanning the table, and never a history version or a deleted resource.
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
   * The resource types the reports read: the built-in ones, any given to the builder, and any the latest
   * collection run recorded.
   *
   * @return types
   */
  public List<ResourceType> resourceTypes() {
    Set<ResourceType> all = new LinkedHashSet<>(types);
    query.latestRun().ifPresent(run -> run.resourcesByType().keySet().forEach(t -> all.add(ResourceType.of(t))));
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
    Groups groups = new Groups();
    each(groups::add);
    Optional<CollectionReport> latest = query.latestRun();
    return new SummaryReport(now, groups.total(), groups.byType(), groups.byDepartment(), groups.byAccount(),
        groups.byRegion(), latest, staleAfter);
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
    Groups groups = new Groups();
    PriorityQueue<ResourceRef> mostExpensive = new PriorityQueue<>(Comparator.comparing(
        (ResourceRef r) -> r.monthlyCost().orElse(BigDecimal.ZERO)).thenComparing(ResourceRef::resourceId,
        Comparator.reverseOrder()));
    List<ResourceRef> above = new ArrayList<>();
    Advisor advisor = new Advisor(now);
    each(resource -> {
      groups.add(resource);
      if (resource.estimatedMonthlyCost().isPresent()) {
        ResourceRef ref = ResourceRef.of(resource);
        if (top > 0) {
          mostExpensive.add(ref);
          if (mostExpensive.size() > top) {
            mostExpensive.poll();
          }
        }
        if (resource.estimatedMonthlyCost().get().compareTo(thresholds.expensiveResourceMonthly()) > 0) {
          above.add(ref);
        }
      }
      advisor.accept(resource);
    });
    List<ResourceRef> topList = new ArrayList<>(mostExpensive);
    topList.sort(BY_COST_DESCENDING);
    above.sort(BY_COST_DESCENDING);
    return new CostReport(now, groups.total(), groups.byDepartment(), groups.byType(), groups.byAccount(), topList,
        thresholds.expensiveResourceMonthly(), above, advisor.recommendations());
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
    Janitor janitor = new Janitor(now);
    each(janitor);
    return new CleanupReport(now, thresholds, janitor.candidates(), janitor.stoppedWithoutStopTime);
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

  private static final Comparator<ResourceRef> BY_COST_DESCENDING = Comparator.comparing(
      (ResourceRef r) -> r.monthlyCost().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
      .thenComparing(ResourceRef::resourceId);

  static long daysBetween(Instant from, Instant to) {
    return Duration.between(from, to).toDays();
  }

  static String day(Instant time) {
    return time.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  static String instanceId(Resource instance) {
    String id = instance.resourceId();
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1);
  }

  /** Attached EBS volumes per instance: their cost and size, for stopped instances. */
  static final class AttachedVolumes {
    private final Map<String, BigDecimal> cost = new HashMap<>();
    private final Map<String, Boolean> costUnknown = new HashMap<>();
    private final Map<String, Integer> count = new HashMap<>();
    private final Map<String, BigDecimal> gib = new HashMap<>();

    void add(Resource volume) {
      // Each attachment on its own, so that one that cannot be read does not hide the others.
      Object attachments = volume.attributes().get(EbsVolume.ATTACHMENTS.name());
      if (!(attachments instanceof List<?>)) {
        return;
      }
      for (Object attachment : (List<?>) attachments) {
        Optional<String> instanceId = attachment instanceof Map<?, ?>
            ? EbsVolume.Attachment.INSTANCE_ID.read(entries((Map<?, ?>) attachment)) : Optional.empty();
        if (instanceId.isPresent()) {
          String instance = instanceId.get();
          count.merge(instance, 1, Integer::sum);
          gib.merge(instance, EbsVolume.SIZE_GIB.read(volume).orElse(BigDecimal.ZERO), BigDecimal::add);
          if (volume.estimatedMonthlyCost().isPresent()) {
            cost.merge(instance, volume.estimatedMonthlyCost().get(), BigDecimal::add);
          } else {
            costUnknown.put(instance, true);
          }
        }
      }
    }

    int count(String instance) {
      return count.getOrDefault(instance, 0);
    }

    BigDecimal gib(String instance) {
      return gib.getOrDefault(instance, BigDecimal.ZERO);
    }

    /** The volumes' cost; null when any of them has an unknown cost. */
    BigDecimal cost(String instance) {
      return costUnknown.containsKey(instance) ? null : cost.getOrDefault(instance, BigDecimal.ZERO);
    }

    /** An attachment as its keys read it: the resource's attributes are normalized, so its keys are strings. */
    @SuppressWarnings("unchecked")
    private static Map<String, ?> entries(Map<?, ?> attachment) {
      return (Map<String, ?>) attachment;
    }
  }

  /** The cost report's recommendations. */
  private final class Advisor implements Consumer<Resource> {
    private final Instant now;
    private final List<Recommendation> recommendations = new ArrayList<>();
    private final AttachedVolumes volumes = new AttachedVolumes();
    private final List<Resource> stopped = new ArrayList<>();

    Advisor(Instant now) {
      this.now = now;
    }

    @Override
    public void accept(Resource r) {
      ResourceType type = r.resourceType();
      BigDecimal cost = r.estimatedMonthlyCost().orElse(null);
      if (ResourceType.EC2_INSTANCE.equals(type)) {
        if (r.state().map("stopped"::equals).orElse(false)) {
          stopped.add(r);
        } else if (r.state().map("running"::equals).orElse(false)) {
          previousGeneration(r, cost);
        }
      } else if (ResourceType.EBS_VOLUME.equals(type)) {
        volumes.add(r);
        if (EbsVolume.ATTACHED.read(r).equals(Optional.of(false))) {
          recommend("unattached-volume", r, "attached to nothing ("
              + EbsVolume.SIZE_GIB.read(r).map(BigDecimal::toPlainString).orElse("?") + " GiB "
              + EbsVolume.VOLUME_TYPE.read(r).orElse("?") + ")", "snapshot it if needed, then delete it", cost);
        }
        if (EbsVolume.VOLUME_TYPE.read(r).equals(Optional.of("gp2"))) {
          gp2ToGp3(r, cost);
        }
      } else if (ResourceType.ELASTIC_IP.equals(type)) {
        if (ElasticIp.ASSOCIATED.read(r).equals(Optional.of(false))) {
          recommend("unassociated-eip", r, "associated with nothing, still billed as a public IPv4 address",
              "release it", cost);
        }
      } else if (ResourceType.EBS_SNAPSHOT.equals(type)) {
        EbsSnapshot.START_TIME.read(r).filter(t -> daysBetween(t, now) > thresholds.staleResourceDays()).ifPresent(t ->
            recommend("old-snapshot", r, "taken " + day(t) + " (" + daysBetween(t, now) + " days ago, more than "
                + thresholds.staleResourceDays() + ")", "delete it if no longer needed, or archive it", cost));
      }
    }

    private void previousGeneration(Resource r, BigDecimal cost) {
      String instanceType = Ec2Instance.INSTANCE_TYPE.read(r).orElse(null);
      if (instanceType == null || !prices.isPreviousGeneration(instanceType)) {
        return;
      }
      Optional<String> replacement = prices.currentGenerationEquivalent(instanceType);
      BigDecimal savings = replacement.flatMap(t -> prices.ec2Monthly(t, r.region()))
          .filter(price -> cost != null).map(cost::subtract).filter(s -> s.signum() > 0).orElse(null);
      recommend("previous-generation", r, instanceType + " is a previous-generation type"
          + replacement.map(t -> "; " + t + " is its current equivalent").orElse(""),
          replacement.map(t -> "change the instance type to " + t).orElse("move to a current-generation type"), savings);
    }

    private void gp2ToGp3(Resource r, BigDecimal cost) {
      Optional<BigDecimal> size = EbsVolume.SIZE_GIB.read(r);
      if (size.isEmpty() || cost == null) {
        recommend("gp2-to-gp3", r, "gp2 volume; gp3 costs about 20 % less per GiB", "modify the volume type to gp3",
            null);
        return;
      }
      BigDecimal baseline = size.get().multiply(BigDecimal.valueOf(3)).max(BigDecimal.valueOf(3000))
          .min(BigDecimal.valueOf(16000));
      Optional<BigDecimal> gp3 = prices.ebsMonthly("gp3", size.get(), baseline, BigDecimal.valueOf(125), r.region());
      BigDecimal savings = gp3.map(cost::subtract).filter(s -> s.signum() > 0).orElse(null);
      recommend("gp2-to-gp3", r, "gp2 volume of " + size.get().toPlainString() + " GiB; as gp3 with the same "
          + baseline.toPlainString() + " IOPS it would cost " + gp3.map(p -> "$" + p.setScale(2,
          java.math.RoundingMode.HALF_UP).toPlainString()).orElse("an unknown amount"),
          "modify the volume type to gp3 (online, no downtime)", savings);
    }

    List<Recommendation> recommendations() {
      for (Resource instance : stopped) {
        String id = instanceId(instance);
        if (volumes.count(id) == 0) {
          continue;
        }
        String since = Ec2Instance.STOPPED_AT.read(instance).map(t -> " since " + day(t) + " (" + daysBetween(t, now)
            + " days)").orElse("");
        recommend("stopped-instance-ebs", instance, "stopped" + since + "; its " + ebsVolumes(volumes.count(id)) + " ("
            + volumes.gib(id).toPlainString() + " GiB) " + (volumes.count(id) == 1 ? "is" : "are") + " still billed",
            "terminate it after snapshotting what you need, or start using it", volumes.cost(id));
      }
      recommendations.sort(Comparator.comparing((Recommendation r) -> r.monthlySavings().orElse(BigDecimal.valueOf(-1)),
          Comparator.reverseOrder()).thenComparing(Recommendation::ruleId)
          .thenComparing(r -> r.resource().resourceId()));
      return recommendations;
    }

    private void recommend(String rule, Resource r, String reason, String action, BigDecimal savings) {
      recommendations.add(new Recommendation(rule, ResourceRef.of(r), reason, action, savings));
    }
  }

  /** The cleanup report's candidates. */
  private final class Janitor implements Consumer<Resource> {
    private final Instant now;
    private final List<CleanupCandidate> candidates = new ArrayList<>();
    private final AttachedVolumes volumes = new AttachedVolumes();
    private final List<Resource> stopped = new ArrayList<>();
    long stoppedWithoutStopTime;

    Janitor(Instant now) {
      this.now = now;
    }

    @Override
    public void accept(Resource r) {
      ResourceType type = r.resourceType();
      BigDecimal cost = r.estimatedMonthlyCost().orElse(null);
      if (ResourceType.EBS_VOLUME.equals(type)) {
        volumes.add(r);
        if (EbsVolume.ATTACHED.read(r).equals(Optional.of(false))) {
          Long age = r.createdAt().map(t -> daysBetween(t, now)).orElse(null);
          add(CleanupCandidate.Reason.UNATTACHED_VOLUME, r, "attached to nothing, "
              + EbsVolume.SIZE_GIB.read(r).map(BigDecimal::toPlainString).orElse("?") + " GiB "
              + EbsVolume.VOLUME_TYPE.read(r).orElse("?"), age, cost);
        }
      } else if (ResourceType.ELASTIC_IP.equals(type)) {
        if (ElasticIp.ASSOCIATED.read(r).equals(Optional.of(false))) {
          add(CleanupCandidate.Reason.UNASSOCIATED_ELASTIC_IP, r, "associated with nothing ("
              + ElasticIp.PUBLIC_IP.read(r).orElse("?") + ")", null, cost);
        }
      } else if (ResourceType.EC2_INSTANCE.equals(type)) {
        if (r.state().map("stopped"::equals).orElse(false)) {
          if (Ec2Instance.STOPPED_AT.read(r).isPresent()) {
            stopped.add(r);
          } else {
            stoppedWithoutStopTime++;
          }
        }
      } else if (ResourceType.EBS_SNAPSHOT.equals(type)) {
        EbsSnapshot.START_TIME.read(r).filter(t -> daysBetween(t, now) > thresholds.staleResourceDays()).ifPresent(t ->
            add(CleanupCandidate.Reason.OLD_SNAPSHOT, r, "taken " + day(t) + ", "
                + EbsSnapshot.SIZE_GIB.read(r).map(BigDecimal::toPlainString).orElse("?") + " GiB",
                daysBetween(t, now), cost));
      }
      long unseen = daysBetween(r.lastSeen(), now);
      if (unseen > thresholds.notSeenDays()) {
        add(CleanupCandidate.Reason.NOT_SEEN, r, "last seen " + day(r.lastSeen()) + "; its account, region and type "
            + "have not been collected since: a failed scope, or no longer configured", unseen, cost);
      }
    }

    List<CleanupCandidate> candidates() {
      for (Resource instance : stopped) {
        Instant stoppedAt = Ec2Instance.STOPPED_AT.read(instance).orElseThrow();
        long days = daysBetween(stoppedAt, now);
        if (days > thresholds.idleResourceDays()) {
          String id = instanceId(instance);
          add(CleanupCandidate.Reason.IDLE_INSTANCE, instance, "stopped since " + day(stoppedAt) + ", "
              + Ec2Instance.INSTANCE_TYPE.read(instance).orElse("?") + ", " + ebsVolumes(volumes.count(id)) + " ("
              + volumes.gib(id).toPlainString() + " GiB) still billed", days, volumes.cost(id));
        }
      }
      candidates.sort(Comparator.comparing(CleanupCandidate::reason)
          .thenComparing((CleanupCandidate c) -> c.monthlySavings().orElse(BigDecimal.valueOf(-1)),
              Comparator.reverseOrder())
          .thenComparing(c -> c.resource().resourceId()));
      return candidates;
    }

    private void add(CleanupCandidate.Reason reason, Resource r, String detail, Long ageDays, BigDecimal savings) {
      candidates.add(new CleanupCandidate(reason, ResourceRef.of(r), detail, ageDays, savings));
    }
  }

  /** Counts and costs by type, department, account and region. */
  private static final class Groups {
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, BigDecimal> costs = new HashMap<>();
    private final Map<String, String> accountNames = new HashMap<>();

    void add(Resource r) {
      accountNames.putIfAbsent(r.accountId(), r.accountName());
      for (String key : List.of("total|", "type|" + r.resourceType().name(), "department|" + r.department(),
          "account|" + r.accountId(), "region|" + r.region())) {
        long[] c = counts.computeIfAbsent(key, k -> new long[2]);
        c[0]++;
        if (r.estimatedMonthlyCost().isPresent()) {
          costs.merge(key, r.estimatedMonthlyCost().get(), BigDecimal::add);
        } else {
          c[1]++;
        }
      }
    }

    SummaryReport.Group total() {
      return group("total|", "", "");
    }

    List<SummaryReport.Group> byType() {
      return dimension("type|", k -> k);
    }

    List<SummaryReport.Group> byDepartment() {
      return dimension("department|", k -> k);
    }

    List<SummaryReport.Group> byAccount() {
      return dimension("account|", k -> accountNames.getOrDefault(k, k));
    }

    List<SummaryReport.Group> byRegion() {
      return dimension("region|", k -> k);
    }

    private List<SummaryReport.Group> dimension(String prefix, java.util.function.Function<String, String> label) {
      return counts.keySet().stream().filter(k -> k.startsWith(prefix))
          .map(k -> group(k, k.substring(prefix.length()), label.apply(k.substring(prefix.length()))))
          .sorted(Comparator.comparing(SummaryReport.Group::knownMonthlyCost, Comparator.reverseOrder())
              .thenComparing(SummaryReport.Group::key))
          .collect(Collectors.toList());
    }

    private SummaryReport.Group group(String mapKey, String key, String label) {
      long[] c = counts.getOrDefault(mapKey, new long[2]);
      return new SummaryReport.Group(key, label, c[0], costs.getOrDefault(mapKey, BigDecimal.ZERO), c[1]);
    }
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

  private static String ebsVolumes(long count) {
    return count + (count == 1 ? " EBS volume" : " EBS volumes");
  }
}
