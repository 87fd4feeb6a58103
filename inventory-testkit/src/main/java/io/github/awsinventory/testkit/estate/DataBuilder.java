package io.github.awsinventory.testkit.estate;

import static io.github.awsinventory.testkit.estate.SiteContext.GP3;
import static io.github.awsinventory.testkit.estate.SiteContext.GP3_BASELINE_IOPS;
import static io.github.awsinventory.testkit.estate.SiteContext.GP3_BASELINE_THROUGHPUT_MIBPS;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/** Builds a {@link Site}'s S3 buckets, RDS instances and clusters, and DynamoDB tables. */
final class DataBuilder {

  private static final String MASTER_USER = "estateadmin";

  private final SiteContext site;

  DataBuilder(SiteContext site) {
    this.site = site;
  }

  BuiltResource bucket(Consumer<BucketSpec> spec) {
    BucketSpec s = new BucketSpec();
    spec.accept(s);
    String name = s.requireName("bucket");
    S3Client s3 = site.client(S3Client.class, S3Client::builder);
    s3.createBucket(r -> {
      r.bucket(name);
      if (!"us-east-1".equals(site.region())) {
        r.createBucketConfiguration(c -> c.locationConstraint(site.region()));
      }
    });
    if (s.blockPublicAccess) {
      s3.putPublicAccessBlock(r -> r.bucket(name).publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
          .ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));
    }
    if (s.defaultEncryption) {
      ServerSideEncryptionRule rule = ServerSideEncryptionRule.builder()
          .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AES256)).build();
      s3.putBucketEncryption(r -> r.bucket(name).serverSideEncryptionConfiguration(c -> c.rules(rule)));
    }
    if (s.versioning) {
      s3.putBucketVersioning(r -> r.bucket(name)
          .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    }
    if (!s.tags.isEmpty()) {
      List<software.amazon.awssdk.services.s3.model.Tag> tags = s.tags.entrySet().stream()
          .map(t -> software.amazon.awssdk.services.s3.model.Tag.builder().key(t.getKey()).value(t.getValue()).build())
          .collect(Collectors.toList());
      s3.putBucketTagging(r -> r.bucket(name).tagging(t -> t.tagSet(tags)));
    }
    BuiltResource.Builder built = site.builder(ResourceTypes.S3_BUCKET).id(name).arn("arn:aws:s3:::" + name).name(name)
        .tags(s.tags).traits(s.extraTraits)
        .trait(s.blockPublicAccess, Traits.PUBLIC_ACCESS_BLOCK, Traits.NO_PUBLIC_ACCESS_BLOCK)
        .trait(s.defaultEncryption, Traits.DEFAULT_ENCRYPTION, Traits.NO_DEFAULT_ENCRYPTION);
    if (s.versioning) {
      built.trait(Traits.VERSIONED);
    }
    return site.record(built.build());
  }

  BuiltResource dbInstance(Consumer<DbInstanceSpec> spec) {
    DbInstanceSpec s = new DbInstanceSpec();
    spec.accept(s);
    String name = s.requireName("DB instance");
    boolean provisionedIops = s.storageType.startsWith("io");
    if (provisionedIops && s.iops == null) {
      throw new IllegalArgumentException("DB instance " + name + ": " + s.storageType
          + " storage needs provisioned IOPS; add .iops(1000) or more to the spec");
    }
    Integer iops = provisionedIops ? s.iops : GP3.equals(s.storageType) ? Integer.valueOf(GP3_BASELINE_IOPS) : null;
    DBInstance db = site.rds().createDBInstance(r -> r.dbInstanceIdentifier(name).engine(s.engine)
        .dbInstanceClass(s.instanceClass).allocatedStorage(s.allocatedStorageGib).storageType(s.storageType)
        .iops(iops)
        .storageThroughput(GP3.equals(s.storageType) ? Integer.valueOf(GP3_BASELINE_THROUGHPUT_MIBPS) : null)
        .masterUsername(MASTER_USER).masterUserPassword(Site.PASSWORD)
        .publiclyAccessible(s.publiclyAccessible).storageEncrypted(s.encrypted).multiAZ(s.multiAz)
        .tags(rdsTags(s.tags))).dbInstance();
    return site.record(site.builder(ResourceTypes.RDS_INSTANCE).id(name).arn(db.dbInstanceArn()).name(name)
        .tags(s.tags).traits(s.extraTraits)
        .trait(Boolean.TRUE.equals(db.publiclyAccessible()), Traits.PUBLIC, Traits.PRIVATE)
        .trait(Boolean.TRUE.equals(db.storageEncrypted()), Traits.ENCRYPTED, Traits.UNENCRYPTED)
        .attribute("engine", db.engine())
        .attribute("instance_class", db.dbInstanceClass())
        .attribute("storage_type", db.storageType())
        .attribute("allocated_storage_gib", db.allocatedStorage())
        .attribute("multi_az", db.multiAZ())
        .build());
  }

  BuiltResource dbCluster(Consumer<DbClusterSpec> spec) {
    DbClusterSpec s = new DbClusterSpec();
    spec.accept(s);
    String name = s.requireName("DB cluster");
    DBCluster cluster = site.rds().createDBCluster(r -> r.dbClusterIdentifier(name).engine(s.engine)
        .masterUsername(MASTER_USER).masterUserPassword(Site.PASSWORD).storageEncrypted(s.encrypted)
        .tags(rdsTags(s.tags))).dbCluster();
    return site.record(site.builder(ResourceTypes.RDS_CLUSTER).id(name).arn(cluster.dbClusterArn()).name(name)
        .tags(s.tags).traits(s.extraTraits)
        .trait(Boolean.TRUE.equals(cluster.storageEncrypted()), Traits.ENCRYPTED, Traits.UNENCRYPTED)
        .attribute("engine", cluster.engine())
        .build());
  }

  BuiltResource table(Consumer<TableSpec> spec) {
    TableSpec s = new TableSpec();
    spec.accept(s);
    String name = s.requireName("table");
    CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
            .attributeType(ScalarAttributeType.S).build());
    if (s.isProvisioned()) {
      request.billingMode(BillingMode.PROVISIONED)
          .provisionedThroughput(p -> p.readCapacityUnits(s.readCapacity).writeCapacityUnits(s.writeCapacity));
    } else {
      request.billingMode(BillingMode.PAY_PER_REQUEST);
    }
    if (!s.tags.isEmpty()) {
      request.tags(s.tags.entrySet().stream()
          .map(t -> software.amazon.awssdk.services.dynamodb.model.Tag.builder().key(t.getKey()).value(t.getValue())
              .build())
          .collect(Collectors.toList()));
    }
    TableDescription table = site.client(DynamoDbClient.class, DynamoDbClient::builder)
        .createTable(request.build()).tableDescription();
    BuiltResource.Builder built = site.builder(ResourceTypes.DYNAMODB_TABLE).id(name).arn(table.tableArn()).name(name)
        .tags(s.tags).traits(s.extraTraits)
        .trait(s.isProvisioned(), Traits.PROVISIONED, Traits.ON_DEMAND)
        .attribute("billing_mode", s.isProvisioned() ? "PROVISIONED" : "PAY_PER_REQUEST");
    if (s.isProvisioned()) {
      built.attribute("read_capacity", s.readCapacity).attribute("write_capacity", s.writeCapacity);
    }
    return site.record(built.build());
  }

  private static List<software.amazon.awssdk.services.rds.model.Tag> rdsTags(Map<String, String> tags) {
    if (tags.isEmpty()) {
      return null;
    }
    return tags.entrySet().stream()
        .map(t -> software.amazon.awssdk.services.rds.model.Tag.builder().key(t.getKey()).value(t.getValue()).build())
        .collect(Collectors.toList());
  }
}
