package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.RdsInstance;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.Tag;

/**
 * {@code rds_instance}: DescribeDBInstances, 100 per page; the tags come with each instance. The API also
 * lists the instances of Aurora clusters and of RDS-managed engines such as Neptune and DocumentDB; all are
 * collected, with their engine.
 */
public final class RdsInstanceCollector implements ItemCollector<DBInstance> {

  @Override
  public TypeDescriptor descriptor() {
    return RdsInstance.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<DBInstance>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<DBInstance> items) {
    RdsClient rds = context.client(RdsClient.class);
    for (DBInstance instance : rds.describeDBInstancesPaginator(r -> r.maxRecords(100)).dbInstances()) {
      resource(context, items, instance);
    }
  }

  private static Resource.Builder resource(CollectionContext context, ListedItems<DBInstance> items,
      DBInstance instance) {
    Map<String, String> tags = Attributes.tags(instance.tagList(), Tag::key, Tag::value);
    String arn = instance.dbInstanceArn() != null ? instance.dbInstanceArn()
        : context.arn("rds", "db:" + instance.dbInstanceIdentifier());
    Resource.Builder r = items.add(instance, arn, Attributes.name(tags, instance.dbInstanceIdentifier())).tags(tags);
    if (instance.dbInstanceStatus() != null) {
      r.state(instance.dbInstanceStatus());
    }
    if (instance.instanceCreateTime() != null) {
      r.createdAt(instance.instanceCreateTime());
    }
    RdsInstance.ENGINE.put(r, instance.engine());
    RdsInstance.ENGINE_VERSION.put(r, instance.engineVersion());
    RdsInstance.INSTANCE_CLASS.put(r, instance.dbInstanceClass());
    RdsInstance.STORAGE_TYPE.put(r, instance.storageType());
    RdsInstance.ALLOCATED_STORAGE_GIB.put(r, instance.allocatedStorage());
    RdsInstance.IOPS.put(r, instance.iops());
    RdsInstance.STORAGE_THROUGHPUT.put(r, instance.storageThroughput());
    RdsInstance.MULTI_AZ.put(r, instance.multiAZ());
    RdsInstance.STORAGE_ENCRYPTED.put(r, instance.storageEncrypted());
    RdsInstance.KMS_KEY_ID.put(r, instance.kmsKeyId());
    RdsInstance.PUBLICLY_ACCESSIBLE.put(r, instance.publiclyAccessible());
    RdsInstance.DB_CLUSTER_IDENTIFIER.put(r, instance.dbClusterIdentifier());
    RdsInstance.BACKUP_RETENTION_DAYS.put(r, instance.backupRetentionPeriod());
    RdsInstance.DELETION_PROTECTION.put(r, instance.deletionProtection());
    RdsInstance.AVAILABILITY_ZONE.put(r, instance.availabilityZone());
    RdsInstance.ENDPOINT_ADDRESS.put(r, instance.endpoint() == null ? null : instance.endpoint().address());
    RdsInstance.LICENSE_MODEL.put(r, instance.licenseModel());
    return r;
  }
}
