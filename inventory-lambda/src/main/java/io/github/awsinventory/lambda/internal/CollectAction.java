package io.github.awsinventory.lambda.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.awsinventory.collector.CollectionRequest;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.query.report.RunReportView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code collect}: a collection run, of the event's {@code accounts} or {@code shard} if it names them, that
 * stops in time to write its record; its report stored, its metrics emitted, and an alert when accounts failed.
 */
final class CollectAction implements Action {

  /** Time kept free at the end of an invocation to write the run record and reports. */
  static final Duration SAFETY_MARGIN = Duration.ofSeconds(45);

  /** Under the name the function has always logged its runs with. */
  private static final Logger LOG = LoggerFactory.getLogger(Actions.class);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private final Services services;

  CollectAction(Services services) {
    this.services = services;
  }

  @Override
  public Map<String, Object> run(Map<String, Object> event, long remainingMillis) {
    GroupDispatch dispatch = services.dispatch();
    if (!dispatch.applies(event)) {
      return collect(event, remainingMillis);
    }
    Events.accounts(event);
    Events.shard(event);
    Events.organizationAccounts(event);
    long started = System.nanoTime();
    event = withOrganizationAccounts(event);
    GroupDispatch.Pending groups = dispatch.start(event);
    Map<String, Object> result = collect(event, remainingMillis);
    long waited = (System.nanoTime() - started) / 1_000_000;
    long left = remainingMillis == Long.MAX_VALUE ? Duration.ofMinutes(15).toMillis()
        : Math.max(0, remainingMillis - waited - SAFETY_MARGIN.toMillis() / 3);
    List<Map<String, Object>> answers = groups.await(Duration.ofMillis(left));
    result.put("groups", answers);
    List<String> failed = answers.stream().filter(a -> !"ok".equals(a.get("status"))
        && !"skipped".equals(a.get("status"))).map(a -> a.get("group") + " " + a.get("status"))
        .collect(Collectors.toList());
    if (!failed.isEmpty()) {
      LOG.warn("Collector groups did not finish OK: {}", failed);
      if ("ok".equals(result.get("status"))) {
        result.put("status", "partial");
      }
      services.alerts().send(AlertText.groupFailures(failed), Optional.empty());
    }
    return result;
  }

  /**
   * The event with the accounts the organisation lists, for the group functions and this one: planned here once, when
   * discovery is on and the event does not carry a fan-out plan's, so that the organisation is listed once per run.
   */
  private Map<String, Object> withOrganizationAccounts(Map<String, Object> event) {
    InventoryConfig config = services.config();
    if (!config.organization().enabled() || event.containsKey(Events.ORGANIZATION_ACCOUNTS)) {
      return event;
    }
    CollectionRequest request = CollectionRequest.builder().addAllAccounts(Events.accounts(event)).build();
    List<AccountConfig> planned;
    InventoryConfig planning = services.groupConfig(config)
        .orElseGet(() -> config.toBuilder().resourceTypes(List.of()).build());
    try (InventoryCollector collector = services.collector(planning)) {
      planned = collector.planAccounts(request);
    }
    Map<String, Object> withListing = new LinkedHashMap<>(event);
    withListing.put(Events.ORGANIZATION_ACCOUNTS, PlanAction.organizationAccounts(config, planned));
    return withListing;
  }

  private Map<String, Object> collect(Map<String, Object> event, long remainingMillis) {
    Instant now = services.clock().instant();
    CollectionRequest.Builder request = CollectionRequest.builder().addAllAccounts(Events.accounts(event))
        .putAllOrganizationAccounts(Events.organizationAccounts(event));
    Events.shard(event).ifPresent(request::shard);
    if (remainingMillis != Long.MAX_VALUE) {
      request.deadline(now.plusMillis(remainingMillis).minus(SAFETY_MARGIN));
    }
    Optional<InventoryConfig> groupConfig = services.groupConfig(services.config());
    if (groupConfig.isEmpty()) {
      String group = services.group().map(CollectorGroup::id).orElseThrow();
      LOG.info("Nothing to collect: the configuration's resource_types name no type of the {} group", group);
      Map<String, Object> result = Answers.answer("collect", "skipped", null, List.of());
      result.put("group", group);
      result.put("reason", "the configuration's resource_types name no type that the " + group
          + " function collects");
      return result;
    }
    InventoryConfig config = groupConfig.get();
    CollectionReport report;
    try (InventoryCollector collector = services.collector(config)) {
      report = collector.run(request.build());
    }
    Metrics metrics = services.metrics();
    List<Metrics.Metric> values = new ArrayList<>(List.of(
        Metrics.Metric.millis("CollectionDuration", report.duration().toMillis()),
        Metrics.Metric.count("ResourcesCollected", report.resources()),
        Metrics.Metric.count("FailedAccounts", report.failedAccounts().size()),
        Metrics.Metric.count("FailedScopes", report.failedScopes().size())));
    metrics.emit("collect", values);
    report.resourcesByType().forEach((type, count) -> metrics.emit(Map.of("ResourceType", type),
        List.of(Metrics.Metric.count("ResourcesCollected", count)), false));
    LOG.info("Run {} finished {}: {} accounts, {} resources, coverage {}, {} failed scopes", report.runId(),
        report.status(), report.accounts(), report.resources(), Answers.percent(report.coverage()),
        report.failedScopes().size());
    List<String> locations = services.reportStore().store("collect", report.runId(), report.finishedAt(),
        json(RunReportView.json(report)), null);
    if (!report.failedAccounts().isEmpty() || report.status() == RunStatus.FAILED) {
      services.alerts().send(AlertText.collectionFailures(report), locations.stream().findFirst());
    }
    Map<String, Object> result = Answers.answer("collect", report.status().name().toLowerCase(Locale.ROOT),
        report.runId(), locations);
    services.group().ifPresent(g -> result.put("group", g.id()));
    result.put("accounts", report.accounts());
    result.put("failed_accounts", report.failedAccounts());
    result.put("resources", report.resources());
    result.put("coverage", Math.round(report.coverage() * 10000) / 10000.0);
    result.put("failed_scopes", report.failedScopes().stream().map(ScopeResult::scope).collect(Collectors.toList()));
    return result;
  }

  private static String json(Object document) {
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a report as JSON", e);
    }
  }
}
