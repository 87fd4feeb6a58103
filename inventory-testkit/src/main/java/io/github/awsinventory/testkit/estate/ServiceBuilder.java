package io.github.awsinventory.testkit.estate;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.EncryptionType;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.opensearch.OpenSearchClient;
import software.amazon.awssdk.services.rds.model.DBSnapshot;
import software.amazon.awssdk.services.redshift.RedshiftClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Builds a {@link Site}'s KMS keys, secrets, log groups, trails, certificates, RDS snapshots, EFS file systems,
 * ElastiCache clusters, OpenSearch domains, Redshift clusters, Kinesis streams, SQS queues, SNS topics, state
 * machines and API Gateway APIs.
 */
final class ServiceBuilder {

  private static final String STATE_MACHINE_DEFINITION =
      "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Pass\", \"End\": true}}}";

  private final SiteContext site;

  ServiceBuilder(SiteContext site) {
    this.site = site;
  }

  BuiltResource kmsKey(Consumer<KmsKeySpec> spec) {
    KmsKeySpec s = new KmsKeySpec();
    spec.accept(s);
    KmsClient kms = site.client(KmsClient.class, KmsClient::builder);
    Map<String, String> tags = SiteContext.ec2Tags(s.name, s.tags);
    KeyMetadata key = kms.createKey(r -> r.description("estate key " + (s.name == null ? "" : s.name))
        .tags(tags.entrySet().stream().map(t -> software.amazon.awssdk.services.kms.model.Tag.builder()
            .tagKey(t.getKey()).tagValue(t.getValue()).build()).collect(Collectors.toList()))).keyMetadata();
    if (s.rotation) {
      kms.enableKeyRotation(r -> r.keyId(key.keyId()));
    }
    if (s.pendingDeletion) {
      kms.scheduleKeyDeletion(r -> r.keyId(key.keyId()).pendingWindowInDays(7));
    }
    if (s.disabled) {
      kms.disableKey(r -> r.keyId(key.keyId()));
    }
    BuiltResource.Builder built = site.builder(ResourceTypes.KMS_KEY).id(key.keyId()).arn(key.arn()).name(s.name)
        .tags(tags).traits(s.extraTraits).trait(s.rotation, Traits.ROTATION, Traits.NO_ROTATION);
    if (s.pendingDeletion) {
      built.trait(Traits.PENDING_DELETION);
    }
    if (s.disabled) {
      built.trait(Traits.DISABLED);
    }
    return site.record(built.build());
  }

  BuiltResource secret(Consumer<ServiceResourceSpec> spec) {
    ServiceResourceSpec s = new ServiceResourceSpec();
    spec.accept(s);
    String name = s.requireName("secret");
    String arn = site.client(SecretsManagerClient.class, SecretsManagerClient::builder).createSecret(r -> {
      r.name(name).secretString("estate-value");
      if (!s.tags.isEmpty()) {
        r.tags(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.secretsmanager.model.Tag.builder().key(k).value(v).build()));
      }
    }).arn();
    return site.record(site.builder(ResourceTypes.SECRETSMANAGER_SECRET).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(Traits.NO_ROTATION).build());
  }

  BuiltResource logGroup(Consumer<LogGroupSpec> spec) {
    LogGroupSpec s = new LogGroupSpec();
    spec.accept(s);
    String name = s.requireName("log group");
    CloudWatchLogsClient logs = site.client(CloudWatchLogsClient.class, CloudWatchLogsClient::builder);
    logs.createLogGroup(r -> {
      r.logGroupName(name);
      if (!s.tags.isEmpty()) {
        r.tags(s.tags);
      }
    });
    if (s.retentionDays != null) {
      logs.putRetentionPolicy(r -> r.logGroupName(name).retentionInDays(s.retentionDays));
    }
    if (s.event != null) {
      logs.createLogStream(r -> r.logGroupName(name).logStreamName("estate"));
      logs.putLogEvents(r -> r.logGroupName(name).logStreamName("estate")
          .logEvents(e -> e.timestamp(System.currentTimeMillis()).message(s.event)));
    }
    LogGroup group = logs.describeLogGroups(r -> r.logGroupNamePrefix(name)).logGroups().stream()
        .filter(g -> name.equals(g.logGroupName())).findFirst().orElseThrow();
    String arn = group.logGroupArn() != null && !group.logGroupArn().isEmpty() ? group.logGroupArn()
        : group.arn().endsWith(":*") ? group.arn().substring(0, group.arn().length() - 2) : group.arn();
    return site.record(site.builder(ResourceTypes.CLOUDWATCH_LOG_GROUP).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(s.retentionDays != null, Traits.RETENTION, Traits.NEVER_EXPIRES)
        .trait(s.event != null, Traits.STORING, Traits.EMPTY).build());
  }

  BuiltResource trail(Consumer<TrailSpec> spec) {
    TrailSpec s = new TrailSpec();
    spec.accept(s);
    String name = s.requireName("trail");
    if (s.bucket == null) {
      throw new IllegalArgumentException("trail " + name + ": bucket is required (was unset); call "
          + "bucket(\"<existing bucket>\")");
    }
    CloudTrailClient cloudTrail = site.client(CloudTrailClient.class, CloudTrailClient::builder);
    String arn = cloudTrail.createTrail(r -> {
      r.name(name).s3BucketName(s.bucket).isMultiRegionTrail(s.complete).enableLogFileValidation(s.complete);
      if (!s.tags.isEmpty()) {
        r.tagsList(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.cloudtrail.model.Tag.builder().key(k).value(v).build()));
      }
    }).trailARN();
    if (s.complete) {
      cloudTrail.startLogging(r -> r.name(name));
    }
    return site.record(site.builder(ResourceTypes.CLOUDTRAIL_TRAIL).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(s.complete, Traits.MULTI_REGION_LOGGING, Traits.SINGLE_REGION_NOT_LOGGING)
        .build());
  }

  BuiltResource certificate(Consumer<ServiceResourceSpec> spec) {
    ServiceResourceSpec s = new ServiceResourceSpec();
    spec.accept(s);
    String name = s.requireName("certificate");
    String arn = site.client(AcmClient.class, AcmClient::builder).requestCertificate(r -> {
      r.domainName(name);
      if (!s.tags.isEmpty()) {
        r.tags(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.acm.model.Tag.builder().key(k).value(v).build()));
      }
    }).certificateArn();
    return site.record(site.builder(ResourceTypes.ACM_CERTIFICATE).id(arn).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(Traits.UNUSED).build());
  }

  BuiltResource dbSnapshot(Consumer<DbSnapshotSpec> spec) {
    DbSnapshotSpec s = new DbSnapshotSpec();
    spec.accept(s);
    String name = s.requireName("DB snapshot");
    if (s.dbInstance == null) {
      throw new IllegalArgumentException("DB snapshot " + name + ": dbInstance is required (was unset); call "
          + "dbInstance(\"<DB instance identifier>\")");
    }
    DBSnapshot snapshot = site.rds().createDBSnapshot(r -> {
      r.dbInstanceIdentifier(s.dbInstance).dbSnapshotIdentifier(name);
      if (!s.tags.isEmpty()) {
        r.tags(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.rds.model.Tag.builder().key(k).value(v).build()));
      }
    }).dbSnapshot();
    if (s.isPublic) {
      site.rds().modifyDBSnapshotAttribute(r -> r.dbSnapshotIdentifier(name).attributeName("restore")
          .valuesToAdd("all"));
    }
    return site.record(site.builder(ResourceTypes.RDS_SNAPSHOT).id(name).arn(snapshot.dbSnapshotArn()).name(name)
        .tags(s.tags).traits(s.extraTraits).trait(s.isPublic, Traits.PUBLIC, Traits.PRIVATE)
        .trait(Boolean.TRUE.equals(snapshot.encrypted()), Traits.ENCRYPTED, Traits.UNENCRYPTED).build());
  }

  void recordAutomatedDbSnapshots() {
    for (DBSnapshot snapshot : site.rds().describeDBSnapshots(r -> r.snapshotType("automated")).dbSnapshots()) {
      site.record(site.builder(ResourceTypes.RDS_SNAPSHOT).id(snapshot.dbSnapshotIdentifier())
          .arn(snapshot.dbSnapshotArn()).name(snapshot.dbSnapshotIdentifier()).trait(Traits.DEFAULT)
          .trait(Traits.PRIVATE).trait(Boolean.TRUE.equals(snapshot.encrypted()), Traits.ENCRYPTED, Traits.UNENCRYPTED)
          .attribute("db_instance", snapshot.dbInstanceIdentifier()).build());
    }
  }

  BuiltResource fileSystem(Consumer<FileSystemSpec> spec) {
    FileSystemSpec s = new FileSystemSpec();
    spec.accept(s);
    String name = s.requireName("file system");
    Map<String, String> tags = SiteContext.ec2Tags(name, s.tags);
    String arn = site.client(EfsClient.class, EfsClient::builder).createFileSystem(r -> r.creationToken(name)
        .encrypted(s.encrypted).tags(tags.entrySet().stream().map(t -> software.amazon.awssdk.services.efs.model.Tag
            .builder().key(t.getKey()).value(t.getValue()).build()).collect(Collectors.toList()))).fileSystemArn();
    return site.record(site.builder(ResourceTypes.EFS_FILE_SYSTEM).id(arn.substring(arn.lastIndexOf('/') + 1))
        .arn(arn).name(name).tags(tags).traits(s.extraTraits)
        .trait(s.encrypted, Traits.ENCRYPTED, Traits.UNENCRYPTED).build());
  }

  BuiltResource cacheCluster(Consumer<ServiceResourceSpec> spec) {
    ServiceResourceSpec s = new ServiceResourceSpec();
    spec.accept(s);
    String name = s.requireName("cache cluster");
    ElastiCacheClient elastiCache = site.client(ElastiCacheClient.class, ElastiCacheClient::builder);
    // a member of a replication group of its own, which states both encryption settings (the emulator leaves them
    // out of a cluster without a group, so a collector could only call them unknown)
    elastiCache.createReplicationGroup(g -> g.replicationGroupId(name).replicationGroupDescription("estate " + name)
        .engine("redis").cacheNodeType("cache.t3.micro").numCacheClusters(1).atRestEncryptionEnabled(false)
        .transitEncryptionEnabled(false));
    String group = "arn:aws:elasticache:" + site.region() + ":" + site.accountId() + ":replicationgroup:" + name;
    // the broad tier finds the group through the Tagging API, which no deep collector covers
    site.record(site.builder(ResourceTypes.ELASTICACHE_REPLICATION_GROUP).id(name).arn(group).name(name)
        .trait(Traits.DEFAULT).build());
    String arn = elastiCache.createCacheCluster(r -> {
      r.cacheClusterId(name).replicationGroupId(name).engine("redis").cacheNodeType("cache.t3.micro");
      if (!s.tags.isEmpty()) {
        r.tags(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.elasticache.model.Tag.builder().key(k).value(v).build()));
      }
    }).cacheCluster().arn();
    return site.record(site.builder(ResourceTypes.ELASTICACHE_CLUSTER).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(Traits.UNENCRYPTED).build());
  }

  BuiltResource searchDomain(Consumer<SearchDomainSpec> spec) {
    SearchDomainSpec s = new SearchDomainSpec();
    spec.accept(s);
    String name = s.requireName("OpenSearch domain");
    String arn = site.client(OpenSearchClient.class, OpenSearchClient::builder).createDomain(r -> {
      r.domainName(name).engineVersion("OpenSearch_2.11")
          .clusterConfig(c -> c.instanceType("t3.small.search").instanceCount(1))
          .encryptionAtRestOptions(e -> e.enabled(s.encrypted))
          .nodeToNodeEncryptionOptions(e -> e.enabled(s.encrypted));
      if (!s.tags.isEmpty()) {
        r.tagList(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.opensearch.model.Tag.builder().key(k).value(v).build()));
      }
    }).domainStatus().arn();
    return site.record(site.builder(ResourceTypes.OPENSEARCH_DOMAIN).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(s.encrypted, Traits.ENCRYPTED, Traits.UNENCRYPTED).trait(Traits.PUBLIC).build());
  }

  BuiltResource redshiftCluster(Consumer<RedshiftClusterSpec> spec) {
    RedshiftClusterSpec s = new RedshiftClusterSpec();
    spec.accept(s);
    String name = s.requireName("Redshift cluster");
    site.client(RedshiftClient.class, RedshiftClient::builder).createCluster(r -> {
      r.clusterIdentifier(name).nodeType("dc2.large").clusterType("single-node").masterUsername("estateadmin")
          .masterUserPassword(Site.PASSWORD).publiclyAccessible(s.isPublic).encrypted(s.encrypted);
      if (!s.tags.isEmpty()) {
        r.tags(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.redshift.model.Tag.builder().key(k).value(v).build()));
      }
    });
    return site.record(site.builder(ResourceTypes.REDSHIFT_CLUSTER).id(name)
        .arn("arn:aws:redshift:" + site.region() + ":" + site.accountId() + ":cluster:" + name).name(name)
        .tags(s.tags).traits(s.extraTraits).trait(s.isPublic, Traits.PUBLIC, Traits.PRIVATE)
        .trait(s.encrypted, Traits.ENCRYPTED, Traits.UNENCRYPTED).build());
  }

  BuiltResource stream(Consumer<StreamSpec> spec) {
    StreamSpec s = new StreamSpec();
    spec.accept(s);
    String name = s.requireName("stream");
    KinesisClient kinesis = site.client(KinesisClient.class, KinesisClient::builder);
    kinesis.createStream(r -> r.streamName(name).shardCount(1));
    if (!s.tags.isEmpty()) {
      kinesis.addTagsToStream(r -> r.streamName(name).tags(s.tags));
    }
    if (s.encrypted) {
      kinesis.startStreamEncryption(r -> r.streamName(name).encryptionType(EncryptionType.KMS)
          .keyId("alias/aws/kinesis"));
    }
    String arn = kinesis.describeStreamSummary(r -> r.streamName(name)).streamDescriptionSummary().streamARN();
    return site.record(site.builder(ResourceTypes.KINESIS_STREAM).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(s.encrypted, Traits.ENCRYPTED, Traits.UNENCRYPTED).build());
  }

  BuiltResource queue(Consumer<QueueSpec> spec) {
    QueueSpec s = new QueueSpec();
    spec.accept(s);
    String name = s.requireName("queue");
    String arn = "arn:aws:sqs:" + site.region() + ":" + site.accountId() + ":" + name;
    Map<QueueAttributeName, String> attributes = new HashMap<>();
    attributes.put(QueueAttributeName.SQS_MANAGED_SSE_ENABLED, Boolean.toString(s.encrypted));
    attributes.put(QueueAttributeName.POLICY, "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
        + "\"Principal\": " + (s.openToEveryone ? "\"*\"" : "{\"AWS\": \"arn:aws:iam::" + site.accountId() + ":root\"}")
        + ", \"Action\": \"sqs:SendMessage\", \"Resource\": \"" + arn + "\"}]}");
    site.client(SqsClient.class, SqsClient::builder).createQueue(r -> {
      r.queueName(name).attributes(attributes);
      if (!s.tags.isEmpty()) {
        r.tags(s.tags);
      }
    });
    return site.record(site.builder(ResourceTypes.SQS_QUEUE).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(s.encrypted, Traits.ENCRYPTED, Traits.UNENCRYPTED)
        .trait(s.openToEveryone, Traits.OPEN_TO_EVERYONE, Traits.RESTRICTED).build());
  }

  BuiltResource topic(Consumer<TopicSpec> spec) {
    TopicSpec s = new TopicSpec();
    spec.accept(s);
    String name = s.requireName("topic");
    SnsClient sns = site.client(SnsClient.class, SnsClient::builder);
    String arn = sns.createTopic(r -> {
      r.name(name);
      if (s.encrypted) {
        r.attributes(Map.of("KmsMasterKeyId", "alias/aws/sns"));
      }
      if (!s.tags.isEmpty()) {
        r.tags(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.sns.model.Tag.builder().key(k).value(v).build()));
      }
    }).topicArn();
    if (s.openToEveryone) {
      sns.setTopicAttributes(r -> r.topicArn(arn).attributeName("Policy").attributeValue("{\"Version\": "
          + "\"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", "
          + "\"Action\": \"sns:Publish\", "
          + "\"Resource\": \"" + arn + "\"}]}"));
    }
    return site.record(site.builder(ResourceTypes.SNS_TOPIC).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(s.encrypted, Traits.ENCRYPTED, Traits.UNENCRYPTED)
        .trait(s.openToEveryone, Traits.OPEN_TO_EVERYONE, Traits.RESTRICTED).build());
  }

  BuiltResource stateMachine(Consumer<ServiceResourceSpec> spec) {
    ServiceResourceSpec s = new ServiceResourceSpec();
    spec.accept(s);
    String name = s.requireName("state machine");
    String arn = site.client(SfnClient.class, SfnClient::builder).createStateMachine(r -> {
      r.name(name).definition(STATE_MACHINE_DEFINITION)
          .roleArn("arn:aws:iam::" + site.accountId() + ":role/estate-state-machine");
      if (!s.tags.isEmpty()) {
        r.tags(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.sfn.model.Tag.builder().key(k).value(v).build()));
      }
    }).stateMachineArn();
    return site.record(site.builder(ResourceTypes.SFN_STATE_MACHINE).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).build());
  }

  BuiltResource restApi(Consumer<ServiceResourceSpec> spec) {
    ServiceResourceSpec s = new ServiceResourceSpec();
    spec.accept(s);
    String name = s.requireName("REST API");
    String id = site.client(ApiGatewayClient.class, ApiGatewayClient::builder).createRestApi(r -> {
      r.name(name);
      if (!s.tags.isEmpty()) {
        r.tags(s.tags);
      }
    }).id();
    return site.record(site.builder(ResourceTypes.APIGATEWAY_REST_API).id(id)
        .arn("arn:aws:apigateway:" + site.region() + "::/restapis/" + id).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(Traits.EMPTY).build());
  }

  BuiltResource httpApi(Consumer<ServiceResourceSpec> spec) {
    ServiceResourceSpec s = new ServiceResourceSpec();
    spec.accept(s);
    String name = s.requireName("HTTP API");
    String id = site.client(ApiGatewayV2Client.class, ApiGatewayV2Client::builder).createApi(r -> {
      r.name(name).protocolType(ProtocolType.HTTP);
      if (!s.tags.isEmpty()) {
        r.tags(s.tags);
      }
    }).apiId();
    return site.record(site.builder(ResourceTypes.APIGATEWAYV2_API).id(id)
        .arn("arn:aws:apigateway:" + site.region() + "::/apis/" + id).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(Traits.EMPTY).build());
  }
}
