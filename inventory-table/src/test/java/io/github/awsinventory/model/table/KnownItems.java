package io.github.awsinventory.model.table;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceArbitraries;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.ScopeStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One known value of each item kind, with every optional attribute set, and the items the table holds for them
 * in {@code known-items.json}: written by the hand-mapped codec before the table schemas, and never to be
 * regenerated, because tables in users' accounts hold items like these.
 */
final class KnownItems {

  static final String FILE = "/io/github/awsinventory/model/table/known-items.json";

  static final Instant EXPIRY = Instant.parse("2027-11-25T00:00:00Z");
  static final Instant VERSION = Instant.parse("2026-11-25T12:00:00.250Z");
  static final Instant DELETED_AT = Instant.parse("2026-11-26T03:04:05.678Z");
  static final String RUN_ID = "20261125T120000Z-0a1b2c3d";

  private KnownItems() {}

  /** A volume with tags, nested attributes, an unknown attribute, a creation time and a cost. */
  static Resource resource() {
    return ResourceArbitraries.sample("vol-1").toBuilder()
        .putAttributes("attachments", List.of(Map.of("instance_id", "i-1", "state", "attached")))
        .putAttributes("iops", new BigDecimal("3000.5"))
        .addUnknownAttributes("kms_key_id")
        .createdAt(Instant.parse("2025-01-02T03:04:05.006Z"))
        .build();
  }

  /** The volume's deletion record. */
  static DeletedResource deletion() {
    Resource r = resource();
    return DeletedResource.builder().resourceId(r.resourceId()).resourceType(r.resourceType())
        .accountId(r.accountId()).accountName(r.accountName()).region(r.region()).department(r.department())
        .name(r.name()).lastMonthlyCost(r.estimatedMonthlyCost()).lastSeen(r.lastSeen()).deletedAt(DELETED_AT)
        .runId(RUN_ID).build();
  }

  /** A throttled scope with an error. */
  static ScopeResult scope() {
    return ScopeResult.builder().accountId("222222222222").accountName("data").region("eu-west-1")
        .resourceType(ResourceType.LAMBDA_FUNCTION).status(ScopeStatus.THROTTLED).resources(3).newResources(1)
        .changedResources(1).deletedResources(0).apiCalls(12).attempts(3).durationMillis(4567)
        .error("Rate exceeded (Service: Lambda, Status Code: 429)").build();
  }

  /** A partial run of one shard with filters, a failed scope, disabled regions, detail errors and a fatal error. */
  static CollectionReport report() {
    return CollectionReport.builder()
        .runId(RUN_ID)
        .startedAt(Instant.parse("2026-11-25T12:00:00.000Z"))
        .finishedAt(Instant.parse("2026-11-25T12:03:21.987Z"))
        .shard("2/4")
        .accountFilter(List.of("111111111111", "222222222222"))
        .regionFilter(List.of("us-east-1", "eu-west-1"))
        .typeFilter(List.of("ebs_volume", "lambda_function"))
        .status(RunStatus.PARTIAL)
        .accounts(2)
        .failedAccounts(List.of("222222222222"))
        .scopes(Map.of(ScopeStatus.OK, 5, ScopeStatus.THROTTLED, 1, ScopeStatus.REGION_DISABLED, 1))
        .resourcesByType(Map.of("ebs_volume", 22L, "lambda_function", 3L))
        .newResources(4).changedResources(2).unchangedResources(19).deletedResources(1)
        .apiCalls(140).retries(7).assumeRoleCalls(2).itemsWritten(31).batchWriteCalls(3)
        .addFailedScopes(scope())
        .disabledRegions(List.of("222222222222/ap-east-1"))
        .detailErrors(List.of("vol-9: DescribeVolumeAttribute was throttled"))
        .detailErrorCount(1)
        .fatalError("the run was interrupted")
        .build();
  }
}
