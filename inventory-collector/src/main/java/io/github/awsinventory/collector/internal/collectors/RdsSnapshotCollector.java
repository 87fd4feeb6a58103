package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.model.types.RdsSnapshot.ALLOCATED_STORAGE_GIB;
import static io.github.awsinventory.model.types.RdsSnapshot.DB_INSTANCE_IDENTIFIER;
import static io.github.awsinventory.model.types.RdsSnapshot.DESCRIPTOR;
import static io.github.awsinventory.model.types.RdsSnapshot.ENCRYPTED;
import static io.github.awsinventory.model.types.RdsSnapshot.ENGINE;
import static io.github.awsinventory.model.types.RdsSnapshot.ENGINE_VERSION;
import static io.github.awsinventory.model.types.RdsSnapshot.IS_PUBLIC;
import static io.github.awsinventory.model.types.RdsSnapshot.KMS_KEY_ID;
import static io.github.awsinventory.model.types.RdsSnapshot.SHARED_WITH_ACCOUNTS;
import static io.github.awsinventory.model.types.RdsSnapshot.SNAPSHOT_CREATE_TIME;
import static io.github.awsinventory.model.types.RdsSnapshot.SNAPSHOT_TYPE;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBSnapshot;
import software.amazon.awssdk.services.rds.model.DBSnapshotAttribute;
import software.amazon.awssdk.services.rds.model.DbSnapshotNotFoundException;
import software.amazon.awssdk.services.rds.model.Tag;

/**
 * {@code rds_snapshot}: DescribeDBSnapshots of the account's own manual and automated DB snapshots, 100 per page;
 * then DescribeDBSnapshotAttributes per snapshot that is not automated, as a detail step, whose {@code restore}
 * attribute tells whether the snapshot is public ({@code all}) and which accounts it is shared with. An automated
 * snapshot cannot be shared, so it is recorded as neither public nor shared without a call. When the call fails,
 * {@code is_public} and {@code shared_with_accounts} are unknown; a snapshot deleted since the listing is dropped.
 */
public final class RdsSnapshotCollector implements ItemCollector<DBSnapshot> {

  /** The snapshot attribute that lists who may restore (copy) a manual snapshot. */
  static final String RESTORE = "restore";

  /** The value of {@link #RESTORE} that makes a snapshot public. */
  static final String EVERYONE = "all";

  private static final String AUTOMATED = "automated";

  private static final List<DetailStep<DBSnapshot>> DETAILS = List.of(
      DetailStep.of("DescribeDBSnapshotAttributes", RdsSnapshotCollector::restoreAttribute, IS_PUBLIC,
          SHARED_WITH_ACCOUNTS));

  @Override
  public TypeDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<DetailStep<DBSnapshot>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<DBSnapshot> items) {
    RdsClient rds = context.client(RdsClient.class);
    for (DBSnapshot snapshot : rds.describeDBSnapshotsPaginator(r -> r.maxRecords(100)).dbSnapshots()) {
      resource(items, snapshot);
    }
  }

  /** Who may restore a snapshot, from its attributes: whether everyone may, and the accounts, sorted. */
  record Sharing(boolean everyone, List<String> accounts) {
    static Sharing of(List<DBSnapshotAttribute> attributes) {
      boolean everyone = false;
      TreeSet<String> accounts = new TreeSet<>();
      for (DBSnapshotAttribute attribute : attributes) {
        if (!RESTORE.equals(attribute.attributeName())) {
          continue;
        }
        for (String value : attribute.attributeValues()) {
          if (EVERYONE.equals(value)) {
            everyone = true;
          } else if (value != null && !value.isBlank()) {
            accounts.add(value);
          }
        }
      }
      return new Sharing(everyone, List.copyOf(accounts));
    }
  }

  private static Detail restoreAttribute(CollectionContext context, DBSnapshot snapshot) {
    if (AUTOMATED.equals(snapshot.snapshotType())) {
      return Detail.NOTHING;
    }
    Sharing sharing;
    try {
      sharing = Sharing.of(context.client(RdsClient.class)
          .describeDBSnapshotAttributes(r -> r.dbSnapshotIdentifier(snapshot.dbSnapshotIdentifier()))
          .dbSnapshotAttributesResult().dbSnapshotAttributes());
    } catch (DbSnapshotNotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> {
      IS_PUBLIC.put(r, sharing.everyone());
      SHARED_WITH_ACCOUNTS.put(r, sharing.accounts());
    };
  }

  private static Resource.Builder resource(ListedItems<DBSnapshot> items, DBSnapshot snapshot) {
    Map<String, String> tags = Attributes.tags(snapshot.tagList(), Tag::key, Tag::value);
    Resource.Builder r = items.add(snapshot, snapshot.dbSnapshotArn(),
        Attributes.name(tags, snapshot.dbSnapshotIdentifier())).tags(tags);
    if (snapshot.status() != null) {
      r.state(snapshot.status());
    }
    if (snapshot.snapshotCreateTime() != null) {
      r.createdAt(snapshot.snapshotCreateTime());
    }
    SNAPSHOT_TYPE.put(r, snapshot.snapshotType());
    DB_INSTANCE_IDENTIFIER.put(r, snapshot.dbInstanceIdentifier());
    ENGINE.put(r, snapshot.engine());
    ENGINE_VERSION.put(r, snapshot.engineVersion());
    ALLOCATED_STORAGE_GIB.put(r, snapshot.allocatedStorage());
    ENCRYPTED.put(r, snapshot.encrypted());
    KMS_KEY_ID.put(r, snapshot.kmsKeyId());
    SNAPSHOT_CREATE_TIME.put(r, snapshot.snapshotCreateTime());
    if (AUTOMATED.equals(snapshot.snapshotType())) {
      IS_PUBLIC.put(r, false);
      SHARED_WITH_ACCOUNTS.put(r, List.of());
    }
    return r;
  }
}
