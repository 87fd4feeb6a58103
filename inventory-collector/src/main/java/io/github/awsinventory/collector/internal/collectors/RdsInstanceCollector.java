package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
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
public final class RdsInstanceCollector implements ResourceCollector {

  @Override
  public ResourceType type() {
    return ResourceType.RDS_INSTANCE;
  }

  @Override
  public String service() {
    return "rds";
  }

  @Override
  public List<String> iamActions() {
    return List.of("rds:DescribeDBInstances");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    RdsClient rds = context.client(RdsClient.class);
    for (DBInstance instance : rds.describeDBInstancesPaginator(r -> r.maxRecords(100)).dbInstances()) {
      sink.accept(resource(context, instance));
    }
  }

  private static Resource.Builder resource(CollectionContext context, DBInstance instance) {
    Map<String, String> tags = Attributes.tags(instance.tagList(), Tag::key, Tag::value);
    String arn = instance.dbInstanceArn() != null ? instance.dbInstanceArn()
        : context.arn("rds", "db:" + instance.dbInstanceIdentifier());
    Resource.Builder r = context.newResource(arn, Attributes.name(tags, instance.dbInstanceIdentifier())).tags(tags);
    if (instance.dbInstanceStatus() != null) {
      r.state(instance.dbInstanceStatus());
    }
    if (instance.instanceCreateTime() != null) {
      r.createdAt(instance.instanceCreateTime());
    }
    Attributes.put(r, "engine", instance.engine());
    Attributes.put(r, "engine_version", instance.engineVersion());
    Attributes.put(r, "instance_class", instance.dbInstanceClass());
    Attributes.put(r, "storage_type", instance.storageType());
    Attributes.put(r, "allocated_storage_gib", instance.allocatedStorage());
    Attributes.put(r, "iops", instance.iops());
    Attributes.put(r, "storage_throughput", instance.storageThroughput());
    Attributes.put(r, "multi_az", instance.multiAZ());
    Attributes.put(r, "storage_encrypted", instance.storageEncrypted());
    Attributes.put(r, "kms_key_id", instance.kmsKeyId());
    Attributes.put(r, "publicly_accessible", instance.publiclyAccessible());
    Attributes.put(r, "db_cluster_identifier", instance.dbClusterIdentifier());
    Attributes.put(r, "backup_retention_days", instance.backupRetentionPeriod());
    Attributes.put(r, "deletion_protection", instance.deletionProtection());
    Attributes.put(r, "availability_zone", instance.availabilityZone());
    Attributes.put(r, "endpoint_address", instance.endpoint() == null ? null : instance.endpoint().address());
    Attributes.put(r, "license_model", instance.licenseModel());
    return r;
  }
}
