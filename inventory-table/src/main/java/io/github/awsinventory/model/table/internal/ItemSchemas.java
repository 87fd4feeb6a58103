package io.github.awsinventory.model.table.internal;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.table.DeletionItem;
import io.github.awsinventory.model.table.ResourceItem;
import io.github.awsinventory.model.table.RunItem;
import io.github.awsinventory.model.table.RunRecords;
import io.github.awsinventory.model.table.ScopeItem;
import io.github.awsinventory.model.table.TableLayout;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The table schemas of every item kind, built once, attribute for attribute as {@code docs/TABLE_LAYOUT.md}
 * describes them. Writing skips absent attributes (map items with {@code ignoreNulls}), as the table always has:
 * an unknown cost, a missing state or an empty list of unknown attributes is left out of the item.
 *
 * <p>It is over 300 lines because it is one declaration per stored attribute (about 90 across the five item
 * kinds); keeping them together keeps the layout readable next to the document that states it.
 */
public final class ItemSchemas {

  /** Lists of strings; first, because the schemas below use it while the class initializes. */
  private static final EnhancedType<List<String>> STRINGS = EnhancedType.listOf(String.class);

  /** A current resource item, live or deleted, with the three indexes; reads history versions too. */
  public static final TableSchema<ResourceItem> CURRENT = resourceSchema(true);

  /** A history version: the current item's attributes without the index keys. */
  public static final TableSchema<ResourceItem> HISTORY = resourceSchema(false);

  /** One scope's result: the attributes of a scope item and of each entry of a run's {@code failed_scopes}. */
  public static final TableSchema<ScopeResult> SCOPE_RESULT = scopeResultSchema();

  /** A deletion record. */
  public static final TableSchema<DeletionItem> DELETION = deletionSchema();

  /** A run summary or a run's entry in the list of runs. */
  public static final TableSchema<RunItem> RUN = runSchema();

  /** A scope item of a run. */
  public static final TableSchema<ScopeItem> SCOPE = scopeSchema();

  /** The attributes that marking a resource deleted sets and removes; see {@link DeletionMark}. */
  static final TableSchema<DeletionMark> DELETION_MARK = deletionMarkSchema();

  private ItemSchemas() {}

  private static TableSchema<ResourceItem> resourceSchema(boolean indexed) {
    StaticImmutableTableSchema.Builder<ResourceItem, ResourceItem.Builder> schema =
        StaticImmutableTableSchema.builder(ResourceItem.class, ResourceItem.Builder.class)
            .newItemBuilder(ResourceItem::builder, ResourceItem.Builder::build)
            .addAttribute(String.class, a -> a.name(TableLayout.PK).getter(ResourceItem::pk)
                .setter(ResourceItem.Builder::pk).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(TableLayout.SK).getter(ResourceItem::sk)
                .setter(ResourceItem.Builder::sk).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name(TableLayout.ITEM_TYPE).getter(ResourceItem::itemType)
                .setter(ResourceItem.Builder::itemType))
            .addAttribute(String.class, a -> a.name(TableLayout.RESOURCE_ID).getter(ResourceItem::resourceId)
                .setter(ResourceItem.Builder::resourceId))
            .addAttribute(ResourceType.class, a -> {
              a.name(TableLayout.RESOURCE_TYPE).getter(ResourceItem::resourceType)
                  .setter(ResourceItem.Builder::resourceType).attributeConverter(NameConverter.RESOURCE_TYPE);
              if (indexed) {
                a.tags(secondaryPartitionKey(TableLayout.RESOURCE_TYPE_INDEX));
              }
            })
            .addAttribute(String.class, a -> {
              a.name(TableLayout.ACCOUNT_ID).getter(ResourceItem::accountId).setter(ResourceItem.Builder::accountId);
              if (indexed) {
                a.tags(secondaryPartitionKey(TableLayout.ACCOUNT_INDEX));
              }
            })
            .addAttribute(String.class, a -> a.name(TableLayout.ACCOUNT_NAME)
                .getter(i -> i.accountName().orElse(null)).setter(ResourceItem.Builder::accountName))
            .addAttribute(String.class, a -> a.name(TableLayout.REGION).getter(ResourceItem::region)
                .setter(ResourceItem.Builder::region))
            .addAttribute(String.class, a -> {
              a.name(TableLayout.DEPARTMENT).getter(ResourceItem::department)
                  .setter(ResourceItem.Builder::department);
              if (indexed) {
                a.tags(secondaryPartitionKey(TableLayout.DEPARTMENT_INDEX));
              }
            })
            .addAttribute(Instant.class, a -> a.name(TableLayout.TIMESTAMP).getter(ResourceItem::timestamp)
                .setter(ResourceItem.Builder::timestamp).attributeConverter(TimestampConverter.INSTANCE))
            .addAttribute(String.class, a -> a.name(TableLayout.NAME).getter(i -> i.name().orElse(null))
                .setter(ResourceItem.Builder::name))
            .addAttribute(String.class, a -> a.name(TableLayout.STATE).getter(i -> i.state().orElse(null))
                .setter(ResourceItem.Builder::state))
            .addAttribute(EnhancedType.mapOf(String.class, String.class), a -> a.name(TableLayout.TAGS)
                .getter(ResourceItem::tags).setter(ResourceItem.Builder::tags))
            .addAttribute(EnhancedType.mapOf(String.class, Object.class), a -> a.name(TableLayout.ATTRIBUTES)
                .getter(ResourceItem::attributes).setter(ResourceItem.Builder::attributes)
                .attributeConverter(JsonMapConverter.INSTANCE))
            .addAttribute(STRINGS, a -> a.name(TableLayout.UNKNOWN_ATTRIBUTES)
                .getter(i -> nullIfEmpty(i.unknownAttributes())).setter(ResourceItem.Builder::unknownAttributes))
            .addAttribute(STRINGS, a -> a.name(TableLayout.TRUNCATED_ATTRIBUTES)
                .getter(i -> nullIfEmpty(i.truncatedAttributes())).setter(ResourceItem.Builder::truncatedAttributes))
            .addAttribute(Instant.class, a -> a.name(TableLayout.CREATED_AT).getter(i -> i.createdAt().orElse(null))
                .setter(ResourceItem.Builder::createdAt).attributeConverter(TimestampConverter.INSTANCE))
            .addAttribute(BigDecimal.class, a -> a.name(TableLayout.ESTIMATED_MONTHLY_COST)
                .getter(i -> i.estimatedMonthlyCost().orElse(null)).setter(ResourceItem.Builder::estimatedMonthlyCost))
            .addAttribute(String.class, a -> a.name(TableLayout.COST_BASIS).getter(i -> i.costBasis().orElse(null))
                .setter(ResourceItem.Builder::costBasis))
            .addAttribute(Instant.class, a -> a.name(TableLayout.FIRST_SEEN).getter(i -> i.firstSeen().orElse(null))
                .setter(ResourceItem.Builder::firstSeen).attributeConverter(TimestampConverter.INSTANCE))
            .addAttribute(Instant.class, a -> a.name(TableLayout.LAST_SEEN).getter(i -> i.lastSeen().orElse(null))
                .setter(ResourceItem.Builder::lastSeen).attributeConverter(TimestampConverter.INSTANCE))
            .addAttribute(String.class, a -> a.name(TableLayout.CONTENT_HASH)
                .getter(i -> i.contentHash().orElse(null)).setter(ResourceItem.Builder::contentHash));
    if (indexed) {
      schema
          .addAttribute(String.class, a -> a.name(TableLayout.TYPE_SK).getter(i -> i.typeSk().orElse(null))
              .setter(ResourceItem.Builder::typeSk).tags(secondarySortKey(TableLayout.RESOURCE_TYPE_INDEX)))
          .addAttribute(String.class, a -> a.name(TableLayout.DEPARTMENT_SK)
              .getter(i -> i.departmentSk().orElse(null)).setter(ResourceItem.Builder::departmentSk)
              .tags(secondarySortKey(TableLayout.DEPARTMENT_INDEX)))
          .addAttribute(String.class, a -> a.name(TableLayout.ACCOUNT_SK).getter(i -> i.accountSk().orElse(null))
              .setter(ResourceItem.Builder::accountSk).tags(secondarySortKey(TableLayout.ACCOUNT_INDEX)));
    }
    return schema
        .addAttribute(Instant.class, a -> a.name(TableLayout.DELETED_AT).getter(i -> i.deletedAt().orElse(null))
            .setter(ResourceItem.Builder::deletedAt).attributeConverter(TimestampConverter.INSTANCE))
        .addAttribute(Instant.class, a -> a.name(TableLayout.TTL).getter(i -> i.ttl().orElse(null))
            .setter(ResourceItem.Builder::ttl).attributeConverter(EpochSecondsConverter.INSTANCE))
        .build();
  }

  private static TableSchema<ScopeResult> scopeResultSchema() {
    return StaticImmutableTableSchema.builder(ScopeResult.class, ScopeResultBuilder.class)
        .newItemBuilder(ScopeResultBuilder::new, ScopeResultBuilder::build)
        .addAttribute(String.class, a -> a.name(TableLayout.ACCOUNT_ID).getter(ScopeResult::accountId)
            .setter((b, v) -> b.accountId = v))
        .addAttribute(String.class, a -> a.name(TableLayout.ACCOUNT_NAME).getter(ScopeResult::accountName)
            .setter((b, v) -> b.accountName = v))
        .addAttribute(String.class, a -> a.name(TableLayout.REGION).getter(ScopeResult::region)
            .setter((b, v) -> b.result.region(v)))
        .addAttribute(ResourceType.class, a -> a.name(TableLayout.RESOURCE_TYPE).getter(ScopeResult::resourceType)
            .setter((b, v) -> b.result.resourceType(v)).attributeConverter(NameConverter.RESOURCE_TYPE))
        .addAttribute(ScopeStatus.class, a -> a.name("status").getter(ScopeResult::status)
            .setter((b, v) -> b.result.status(v)).attributeConverter(NameConverter.SCOPE_STATUS))
        .addAttribute(Long.class, a -> a.name("resources").getter(ScopeResult::resources)
            .setter((b, v) -> b.result.resources(v)))
        .addAttribute(Long.class, a -> a.name("new_resources").getter(ScopeResult::newResources)
            .setter((b, v) -> b.result.newResources(v)))
        .addAttribute(Long.class, a -> a.name("changed_resources").getter(ScopeResult::changedResources)
            .setter((b, v) -> b.result.changedResources(v)))
        .addAttribute(Long.class, a -> a.name("deleted_resources").getter(ScopeResult::deletedResources)
            .setter((b, v) -> b.result.deletedResources(v)))
        .addAttribute(Long.class, a -> a.name("api_calls").getter(ScopeResult::apiCalls)
            .setter((b, v) -> b.result.apiCalls(v)))
        .addAttribute(Integer.class, a -> a.name("attempts").getter(ScopeResult::attempts)
            .setter((b, v) -> b.result.attempts(Math.max(1, v))))
        .addAttribute(Long.class, a -> a.name("duration_ms").getter(ScopeResult::durationMillis)
            .setter((b, v) -> b.result.durationMillis(v)))
        .addAttribute(String.class, a -> a.name("error").getter(r -> r.error().orElse(null))
            .setter((b, v) -> b.result.error(v)))
        .build();
  }

  private static TableSchema<ScopeItem> scopeSchema() {
    return StaticImmutableTableSchema.builder(ScopeItem.class, ScopeItemBuilder.class)
        .newItemBuilder(ScopeItemBuilder::new, ScopeItemBuilder::build)
        .addAttribute(String.class, a -> a.name(TableLayout.PK).getter(ScopeItem::pk).setter((b, v) -> b.pk = v)
            .tags(primaryPartitionKey()))
        .addAttribute(String.class, a -> a.name(TableLayout.SK).getter(ScopeItem::sk)
            .setter((b, v) -> b.item.sk(v)).tags(primarySortKey()))
        .addAttribute(String.class, a -> a.name(TableLayout.ITEM_TYPE).getter(ScopeItem::itemType)
            .setter((b, v) -> b.item.itemType(v)))
        .addAttribute(String.class, a -> a.name(TableLayout.RUN_ID).getter(ScopeItem::runId)
            .setter((b, v) -> b.runId = v))
        .flatten(SCOPE_RESULT, ScopeItem::result, (b, v) -> b.item.result(v))
        .addAttribute(Instant.class, a -> a.name(TableLayout.TTL).getter(i -> i.ttl().orElse(null))
            .setter((b, v) -> b.item.ttl(v)).attributeConverter(EpochSecondsConverter.INSTANCE))
        .build();
  }

  private static TableSchema<DeletionItem> deletionSchema() {
    return StaticImmutableTableSchema.builder(DeletionItem.class, DeletionItemBuilder.class)
        .newItemBuilder(DeletionItemBuilder::new, DeletionItemBuilder::build)
        .addAttribute(String.class, a -> a.name(TableLayout.PK).getter(DeletionItem::pk)
            .setter((b, v) -> b.item.pk(v)).tags(primaryPartitionKey()))
        .addAttribute(String.class, a -> a.name(TableLayout.SK).getter(DeletionItem::sk)
            .setter((b, v) -> b.item.sk(v)).tags(primarySortKey()))
        .addAttribute(String.class, a -> a.name(TableLayout.ITEM_TYPE).getter(DeletionItem::itemType)
            .setter((b, v) -> b.item.itemType(v)))
        .addAttribute(String.class, a -> a.name(TableLayout.RESOURCE_ID).getter(i -> i.deleted().resourceId())
            .setter((b, v) -> b.deleted.resourceId(v)))
        .addAttribute(ResourceType.class, a -> a.name(TableLayout.RESOURCE_TYPE)
            .getter(i -> i.deleted().resourceType()).setter((b, v) -> b.deleted.resourceType(v))
            .attributeConverter(NameConverter.RESOURCE_TYPE))
        .addAttribute(String.class, a -> a.name(TableLayout.ACCOUNT_ID).getter(i -> i.deleted().accountId())
            .setter((b, v) -> b.accountId = v))
        .addAttribute(String.class, a -> a.name(TableLayout.ACCOUNT_NAME).getter(i -> i.deleted().accountName())
            .setter((b, v) -> b.accountName = v))
        .addAttribute(String.class, a -> a.name(TableLayout.REGION).getter(i -> i.deleted().region())
            .setter((b, v) -> b.deleted.region(v)))
        .addAttribute(String.class, a -> a.name(TableLayout.DEPARTMENT).getter(i -> i.deleted().department())
            .setter((b, v) -> b.deleted.department(v)))
        .addAttribute(String.class, a -> a.name(TableLayout.NAME).getter(i -> i.deleted().name())
            .setter((b, v) -> b.name = v))
        .addAttribute(BigDecimal.class, a -> a.name(TableLayout.ESTIMATED_MONTHLY_COST)
            .getter(i -> i.deleted().lastMonthlyCost().orElse(null)).setter((b, v) -> b.deleted.lastMonthlyCost(v)))
        .addAttribute(Instant.class, a -> a.name(TableLayout.LAST_SEEN)
            .getter(i -> i.deleted().lastSeen().orElse(null)).setter((b, v) -> b.deleted.lastSeen(v))
            .attributeConverter(TimestampConverter.INSTANCE))
        .addAttribute(Instant.class, a -> a.name(TableLayout.DELETED_AT).getter(i -> i.deleted().deletedAt())
            .setter((b, v) -> b.deleted.deletedAt(v)).attributeConverter(TimestampConverter.INSTANCE))
        .addAttribute(String.class, a -> a.name(TableLayout.RUN_ID).getter(i -> i.deleted().runId())
            .setter((b, v) -> b.deleted.runId(v)))
        .addAttribute(Instant.class, a -> a.name(TableLayout.TTL).getter(i -> i.ttl().orElse(null))
            .setter((b, v) -> b.item.ttl(v)).attributeConverter(EpochSecondsConverter.INSTANCE))
        .build();
  }

  private static TableSchema<RunItem> runSchema() {
    StaticImmutableTableSchema.Builder<RunItem, RunItemBuilder> schema =
        StaticImmutableTableSchema.builder(RunItem.class, RunItemBuilder.class)
            .newItemBuilder(RunItemBuilder::new, RunItemBuilder::build)
            .addAttribute(String.class, a -> a.name(TableLayout.PK).getter(RunItem::pk)
                .setter((b, v) -> b.item.pk(v)).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(TableLayout.SK).getter(RunItem::sk)
                .setter((b, v) -> b.item.sk(v)).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name(TableLayout.ITEM_TYPE).getter(RunItem::itemType)
                .setter((b, v) -> b.item.itemType(v)))
            .addAttribute(String.class, a -> a.name(TableLayout.RUN_ID).getter(i -> i.report().runId())
                .setter((b, v) -> b.report.runId(v)))
            .addAttribute(Instant.class, a -> a.name("started_at").getter(i -> i.report().startedAt())
                .setter((b, v) -> b.report.startedAt(v)).attributeConverter(TimestampConverter.INSTANCE))
            .addAttribute(Instant.class, a -> a.name("finished_at").getter(i -> i.report().finishedAt())
                .setter((b, v) -> b.report.finishedAt(v)).attributeConverter(TimestampConverter.INSTANCE))
            .addAttribute(Boolean.class, a -> a.name("dry_run").getter(i -> i.report().dryRun())
                .setter((b, v) -> b.report.dryRun(v)))
            .addAttribute(String.class, a -> a.name("shard").getter(i -> i.report().shard().orElse(null))
                .setter((b, v) -> b.report.shard(v)))
            .addAttribute(STRINGS, a -> a.name("account_filter").getter(i -> i.report().accountFilter())
                .setter((b, v) -> b.report.accountFilter(v)))
            .addAttribute(STRINGS, a -> a.name("region_filter").getter(i -> i.report().regionFilter())
                .setter((b, v) -> b.report.regionFilter(v)))
            .addAttribute(STRINGS, a -> a.name("type_filter").getter(i -> i.report().typeFilter())
                .setter((b, v) -> b.report.typeFilter(v)))
            .addAttribute(RunStatus.class, a -> a.name("status").getter(i -> i.report().status())
                .setter((b, v) -> b.report.status(v)).attributeConverter(NameConverter.RUN_STATUS))
            .addAttribute(Integer.class, a -> a.name("accounts").getter(i -> i.report().accounts())
                .setter((b, v) -> b.report.accounts(v)))
            .addAttribute(STRINGS, a -> a.name("failed_accounts").getter(i -> i.report().failedAccounts())
                .setter((b, v) -> b.report.failedAccounts(v)))
            .addAttribute(EnhancedType.mapOf(ScopeStatus.class, Integer.class), a -> a.name("scopes")
                .getter(i -> i.report().scopes()).setter((b, v) -> b.report.scopes(v))
                .attributeConverter(ScopeCountsConverter.INSTANCE))
            .addAttribute(EnhancedType.mapOf(String.class, Long.class), a -> a.name("resources_by_type")
                .getter(i -> i.report().resourcesByType()).setter((b, v) -> b.report.resourcesByType(v)));
    count(schema, "new_resources", i -> i.report().newResources(), (b, v) -> b.report.newResources(v));
    count(schema, "changed_resources", i -> i.report().changedResources(), (b, v) -> b.report.changedResources(v));
    count(schema, "unchanged_resources", i -> i.report().unchangedResources(),
        (b, v) -> b.report.unchangedResources(v));
    count(schema, "deleted_resources", i -> i.report().deletedResources(), (b, v) -> b.report.deletedResources(v));
    count(schema, "api_calls", i -> i.report().apiCalls(), (b, v) -> b.report.apiCalls(v));
    count(schema, "retries", i -> i.report().retries(), (b, v) -> b.report.retries(v));
    count(schema, "assume_role_calls", i -> i.report().assumeRoleCalls(), (b, v) -> b.report.assumeRoleCalls(v));
    count(schema, "items_written", i -> i.report().itemsWritten(), (b, v) -> b.report.itemsWritten(v));
    count(schema, "batch_write_calls", i -> i.report().batchWriteCalls(), (b, v) -> b.report.batchWriteCalls(v));
    count(schema, "detail_error_count", i -> i.report().detailErrorCount(), (b, v) -> b.report.detailErrorCount(v));
    return schema
        .addAttribute(EnhancedType.listOf(EnhancedType.documentOf(ScopeResult.class, SCOPE_RESULT,
                d -> d.ignoreNulls(true))), a -> a.name("failed_scopes")
            .getter(i -> i.report().failedScopes().stream().limit(RunRecords.MAX_FAILED_SCOPES_IN_SUMMARY)
                .collect(Collectors.toList()))
            .setter((b, v) -> b.report.failedScopes(v)))
        .addAttribute(STRINGS, a -> a.name("disabled_regions").getter(i -> i.report().disabledRegions())
            .setter((b, v) -> b.report.disabledRegions(v)))
        .addAttribute(STRINGS, a -> a.name("detail_errors").getter(i -> i.report().detailErrors())
            .setter((b, v) -> b.report.detailErrors(v)))
        .addAttribute(String.class, a -> a.name("fatal_error").getter(i -> i.report().fatalError().orElse(null))
            .setter((b, v) -> b.report.fatalError(v)))
        // Written for readers of the table, computed from the report: reading ignores them.
        .addAttribute(Integer.class, a -> a.name("total_scopes").getter(i -> i.report().totalScopes())
            .setter((b, v) -> { }))
        .addAttribute(Double.class, a -> a.name("coverage")
            .getter(i -> Math.round(i.report().coverage() * 10000) / 10000.0).setter((b, v) -> { }))
        .addAttribute(Long.class, a -> a.name("resources").getter(i -> i.report().resources()).setter((b, v) -> { }))
        .addAttribute(Integer.class, a -> a.name("failed_scopes_total")
            .getter(i -> i.report().failedScopes().size()).setter((b, v) -> { }))
        .addAttribute(Instant.class, a -> a.name(TableLayout.TTL).getter(i -> i.ttl().orElse(null))
            .setter((b, v) -> b.item.ttl(v)).attributeConverter(EpochSecondsConverter.INSTANCE))
        .build();
  }

  private static TableSchema<DeletionMark> deletionMarkSchema() {
    return StaticTableSchema.builder(DeletionMark.class)
        .newItemSupplier(DeletionMark::new)
        .addAttribute(String.class, a -> a.name(TableLayout.PK).getter(DeletionMark::pk).setter(DeletionMark::pk)
            .tags(primaryPartitionKey()))
        .addAttribute(String.class, a -> a.name(TableLayout.SK).getter(m -> TableLayout.LATEST_SK)
            .setter((m, v) -> { }).tags(primarySortKey()))
        .addAttribute(Instant.class, a -> a.name(TableLayout.DELETED_AT).getter(DeletionMark::deletedAt)
            .setter(DeletionMark::deletedAt).attributeConverter(TimestampConverter.INSTANCE))
        .addAttribute(Instant.class, a -> a.name(TableLayout.TIMESTAMP).getter(DeletionMark::deletedAt)
            .setter((m, v) -> { }).attributeConverter(TimestampConverter.INSTANCE))
        .addAttribute(Instant.class, a -> a.name(TableLayout.TTL).getter(DeletionMark::expiresAt)
            .setter(DeletionMark::expiresAt).attributeConverter(EpochSecondsConverter.INSTANCE))
        .addAttribute(String.class, a -> a.name(TableLayout.TYPE_SK).getter(m -> null).setter((m, v) -> { }))
        .addAttribute(String.class, a -> a.name(TableLayout.DEPARTMENT_SK).getter(m -> null).setter((m, v) -> { }))
        .addAttribute(String.class, a -> a.name(TableLayout.ACCOUNT_SK).getter(m -> null).setter((m, v) -> { }))
        .build();
  }

  private static void count(StaticImmutableTableSchema.Builder<RunItem, RunItemBuilder> schema, String name,
      Function<RunItem, Long> getter, BiConsumer<RunItemBuilder, Long> setter) {
    schema.addAttribute(Long.class, a -> a.name(name).getter(getter).setter(setter));
  }

  private static List<String> nullIfEmpty(List<String> values) {
    return values.isEmpty() ? null : values;
  }
}
