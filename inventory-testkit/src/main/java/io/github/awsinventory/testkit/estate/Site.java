package io.github.awsinventory.testkit.estate;

import io.github.awsinventory.testkit.internal.LambdaPackages;
import io.github.awsinventory.testkit.internal.SecurityGroupRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.HttpTokensState;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerSchemeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerTypeEnum;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/**
 * Where an {@link Estate} builds regional resources (and S3 buckets): one account in one region. Each
 * method creates one resource from a spec, records it, and returns what was recorded.
 *
 * <pre>{@code
 * Site site = estate.at("222222222222", "us-east-1");
 * BuiltResource db = site.dbInstance(d -> d.name("crm").engine("mysql").publiclyAccessible(true));
 * site.bucket(b -> b.name("site-222222222222").blockPublicAccess(false).tag("department", "marketing"));
 * }</pre>
 */
public final class Site {

  /** The password of console users and DB masters; the emulator's only, never a real one. */
  static final String PASSWORD = "Estate-Passw0rd!";

  private static final String MASTER_USER = "estateadmin";
  private static final String ROOT_DEVICE = "/dev/xvda";
  // AWS reports a gp3 volume's baseline performance (3000 IOPS, 125 MiB/s) even when none was asked for;
  // the emulator reports only what was set, so the estate sets it as AWS would report it.
  private static final String GP3 = "gp3";
  private static final int GP3_BASELINE_IOPS = 3000;
  private static final int GP3_BASELINE_THROUGHPUT_MIBPS = 125;

  private final Estate estate;
  private final String accountId;
  private final String region;
  private final Map<String, Character> nextDevice = new HashMap<>();
  private List<Subnet> defaultSubnets;

  Site(Estate estate, String accountId, String region) {
    this.estate = estate;
    this.accountId = accountId;
    this.region = region;
  }

  /**
   * The account this site builds in.
   *
   * @return the 12-digit account id
   */
  public String accountId() {
    return accountId;
  }

  /**
   * The region this site builds in.
   *
   * @return the region
   */
  public String region() {
    return region;
  }

  /**
   * Launches an EC2 instance and records it and its root volume.
   *
   * @param spec sets type, metadata options, state, root volume, name and tags
   * @return the instance (id {@code i-...}; attribute {@code root_volume_id})
   */
  public BuiltResource instance(Consumer<InstanceSpec> spec) {
    InstanceSpec s = new InstanceSpec();
    spec.accept(s);
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    Map<String, String> rootTags = ec2Tags(s.name == null ? null : s.name + "-root", s.tags);
    RunInstancesRequest.Builder request = RunInstancesRequest.builder()
        .imageId(s.imageId).instanceType(s.instanceType).minCount(1).maxCount(1)
        .placement(p -> p.availabilityZone(zone()))
        .metadataOptions(m -> m.httpTokens(s.allowImdsV1 ? HttpTokensState.OPTIONAL : HttpTokensState.REQUIRED))
        .blockDeviceMappings(BlockDeviceMapping.builder().deviceName(ROOT_DEVICE).ebs(e -> e
            .volumeType(s.rootVolumeType).volumeSize(s.rootVolumeSizeGib).encrypted(s.rootVolumeEncrypted)
            .iops(GP3.equals(s.rootVolumeType) ? Integer.valueOf(GP3_BASELINE_IOPS) : null)
            .throughput(GP3.equals(s.rootVolumeType) ? Integer.valueOf(GP3_BASELINE_THROUGHPUT_MIBPS) : null)
            .deleteOnTermination(true)).build());
    List<TagSpecification> tagSpecifications = new ArrayList<>();
    if (!tags.isEmpty()) {
      tagSpecifications.add(tagSpecification(ResourceType.INSTANCE, tags));
    }
    if (!rootTags.isEmpty()) {
      tagSpecifications.add(tagSpecification(ResourceType.VOLUME, rootTags));
    }
    if (!tagSpecifications.isEmpty()) {
      request.tagSpecifications(tagSpecifications);
    }
    Ec2Client ec2 = ec2();
    String id = ec2.runInstances(request.build()).instances().get(0).instanceId();
    if (s.stopped) {
      ec2.stopInstances(r -> r.instanceIds(id));
    }
    Instance instance = ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0);
    String rootVolumeId = instance.blockDeviceMappings().stream()
        .filter(b -> ROOT_DEVICE.equals(b.deviceName()) && b.ebs() != null)
        .map(InstanceBlockDeviceMapping::ebs).map(e -> e.volumeId()).findFirst()
        .orElseThrow(() -> new IllegalStateException("the emulator reported no root volume " + ROOT_DEVICE
            + " for instance " + id + " (block devices: " + instance.blockDeviceMappings() + ")"));
    String state = instance.state().nameAsString();
    String family = s.instanceType.split("\\.", 2)[0].toLowerCase(Locale.ROOT);
    BuiltResource.Builder built = builder(ResourceTypes.EC2_INSTANCE).id(id).arn(ec2Arn("instance/" + id))
        .name(s.name).tags(tags).traits(s.extraTraits)
        .trait(instance.metadataOptions().httpTokens() == HttpTokensState.OPTIONAL, Traits.IMDSV1, Traits.IMDSV2)
        .attribute("instance_type", instance.instanceTypeAsString())
        .attribute("state", state)
        .attribute("availability_zone", instance.placement().availabilityZone())
        .attribute("image_id", instance.imageId())
        .attribute("root_volume_id", rootVolumeId);
    if ("stopped".equals(state)) {
      built.trait(Traits.STOPPED);
    } else if ("running".equals(state)) {
      built.trait(Traits.RUNNING);
    }
    if (Traits.PREVIOUS_GENERATION_FAMILIES.contains(family)) {
      built.trait(Traits.PREVIOUS_GENERATION);
    }
    BuiltResource result = estate.record(built.build());
    if (GP3.equals(s.rootVolumeType)) {
      // the emulator drops Throughput from block device mappings; state it as AWS would report it
      ec2.modifyVolume(r -> r.volumeId(rootVolumeId).throughput(GP3_BASELINE_THROUGHPUT_MIBPS));
    }
    Volume root = ec2.describeVolumes(r -> r.volumeIds(rootVolumeId)).volumes().get(0);
    estate.record(volumeRecord(root, s.name == null ? null : s.name + "-root", rootTags).trait(Traits.ROOT).build());
    return result;
  }

  /**
   * Creates an EBS volume in the region's first availability zone, attaching it if asked.
   *
   * @param spec sets size, type, IOPS, encryption, attachment, name and tags
   * @return the volume (id {@code vol-...})
   */
  public BuiltResource volume(Consumer<VolumeSpec> spec) {
    VolumeSpec s = new VolumeSpec();
    spec.accept(s);
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    Ec2Client ec2 = ec2();
    String id = ec2.createVolume(r -> {
      boolean gp3 = GP3.equals(s.volumeType);
      r.availabilityZone(zone()).size(s.sizeGib).volumeType(s.volumeType).encrypted(s.encrypted)
          .iops(s.iops != null || !gp3 ? s.iops : Integer.valueOf(GP3_BASELINE_IOPS))
          .throughput(gp3 ? Integer.valueOf(GP3_BASELINE_THROUGHPUT_MIBPS) : null);
      if (!tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.VOLUME, tags));
      }
    }).volumeId();
    if (s.attachTo != null) {
      char device = nextDevice.merge(s.attachTo, 'f', (a, b) -> (char) (a + 1));
      ec2.attachVolume(r -> r.volumeId(id).instanceId(s.attachTo).device("/dev/sd" + device));
    }
    Volume volume = ec2.describeVolumes(r -> r.volumeIds(id)).volumes().get(0);
    return estate.record(volumeRecord(volume, s.name, tags).traits(s.extraTraits).build());
  }

  /**
   * Snapshots a volume of this site.
   *
   * @param spec sets the volume (required), name and tags
   * @return the snapshot (id {@code snap-...}; its ARN has no account, as in AWS)
   */
  public BuiltResource snapshot(Consumer<SnapshotSpec> spec) {
    SnapshotSpec s = new SnapshotSpec();
    spec.accept(s);
    if (s.volumeId == null) {
      throw new IllegalArgumentException("snapshot volume is required (was unset); call volume(volumeId) on the spec");
    }
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    CreateSnapshotResponse snapshot = ec2().createSnapshot(r -> {
      r.volumeId(s.volumeId).description("estate snapshot of " + s.volumeId);
      if (!tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.SNAPSHOT, tags));
      }
    });
    return estate.record(builder(ResourceTypes.EBS_SNAPSHOT).id(snapshot.snapshotId())
        .arn("arn:aws:ec2:" + region + "::snapshot/" + snapshot.snapshotId())
        .name(s.name).tags(tags).traits(s.extraTraits).trait(Traits.SNAPSHOT)
        .trait(Boolean.TRUE.equals(snapshot.encrypted()), Traits.ENCRYPTED, Traits.UNENCRYPTED)
        .attribute("volume_id", snapshot.volumeId())
        .attribute("size_gib", snapshot.volumeSize())
        .build());
  }

  /**
   * Allocates an Elastic IP, associating it with an instance if asked.
   *
   * @param spec sets the instance, name and tags
   * @return the address (id: its allocation id {@code eipalloc-...})
   */
  public BuiltResource elasticIp(Consumer<ElasticIpSpec> spec) {
    ElasticIpSpec s = new ElasticIpSpec();
    spec.accept(s);
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    String allocationId = allocateAddress(tags);
    if (s.instanceId != null) {
      ec2().associateAddress(r -> r.allocationId(allocationId).instanceId(s.instanceId));
    }
    return estate.record(addressRecord(allocationId, s.name, tags).traits(s.extraTraits).build());
  }

  /**
   * Creates a security group in the default VPC with the spec's ingress rules.
   *
   * @param spec sets the group name (required), description, rules and tags
   * @return the group (id {@code sg-...}; name: the group name)
   */
  public BuiltResource securityGroup(Consumer<SecurityGroupSpec> spec) {
    SecurityGroupSpec s = new SecurityGroupSpec();
    spec.accept(s);
    String name = s.requireName("security group");
    Ec2Client ec2 = ec2();
    String id = ec2.createSecurityGroup(r -> {
      r.groupName(name).description(s.description == null ? "estate group " + name : s.description);
      if (!s.tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.SECURITY_GROUP, s.tags));
      }
    }).groupId();
    if (!s.rules.isEmpty()) {
      List<IpPermission> permissions = s.rules.stream().map(rule -> {
        IpPermission.Builder p = IpPermission.builder().ipProtocol(rule.protocol);
        if (!"-1".equals(rule.protocol)) {
          p.fromPort(rule.fromPort).toPort(rule.toPort);
        }
        if (rule.ipv6()) {
          p.ipv6Ranges(Ipv6Range.builder().cidrIpv6(rule.cidr).build());
        } else {
          p.ipRanges(IpRange.builder().cidrIp(rule.cidr).build());
        }
        return p.build();
      }).collect(Collectors.toList());
      ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipPermissions(permissions));
    }
    SecurityGroup group = ec2.describeSecurityGroups(r -> r.groupIds(id)).securityGroups().get(0);
    return estate.record(securityGroupRecord(group, s.tags).traits(s.extraTraits).build());
  }

  /**
   * Creates a NAT gateway in the default subnet of the region's first availability zone, with a new Elastic
   * IP that is recorded too.
   *
   * @param spec sets name and tags (the Elastic IP gets the same tags, named {@code <name>-eip})
   * @return the gateway (id {@code nat-...})
   */
  public BuiltResource natGateway(Consumer<NatGatewaySpec> spec) {
    NatGatewaySpec s = new NatGatewaySpec();
    spec.accept(s);
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    String addressName = s.name == null ? null : s.name + "-eip";
    Map<String, String> addressTags = ec2Tags(addressName, s.tags);
    String allocationId = allocateAddress(addressTags);
    Subnet subnet = defaultSubnets().get(0);
    NatGateway gateway = ec2().createNatGateway(r -> {
      r.subnetId(subnet.subnetId()).allocationId(allocationId);
      if (!tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.NATGATEWAY, tags));
      }
    }).natGateway();
    BuiltResource result = estate.record(builder(ResourceTypes.NAT_GATEWAY).id(gateway.natGatewayId())
        .arn(ec2Arn("natgateway/" + gateway.natGatewayId())).name(s.name).tags(tags).traits(s.extraTraits)
        .attribute("subnet_id", gateway.subnetId())
        .attribute("vpc_id", gateway.vpcId())
        .attribute("state", gateway.stateAsString())
        .attribute("allocation_id", allocationId)
        .build());
    estate.record(addressRecord(allocationId, addressName, addressTags)
        .attribute("nat_gateway_id", gateway.natGatewayId()).build());
    return result;
  }

  /**
   * Creates an application load balancer in the first two default subnets.
   *
   * @param spec sets the name (required), scheme and tags
   * @return the load balancer (id and ARN: its ARN)
   */
  public BuiltResource loadBalancer(Consumer<LoadBalancerSpec> spec) {
    LoadBalancerSpec s = new LoadBalancerSpec();
    spec.accept(s);
    String name = s.requireName("load balancer");
    List<Subnet> subnets = defaultSubnets();
    if (subnets.size() < 2) {
      throw new IllegalStateException("a load balancer needs two subnets in different zones, but the default VPC of "
          + accountId + "/" + region + " has " + subnets.size());
    }
    List<software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag> tags = s.tags.entrySet().stream()
        .map(t -> software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag.builder()
            .key(t.getKey()).value(t.getValue()).build())
        .collect(Collectors.toList());
    LoadBalancer lb = estate.client(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder,
        accountId, region).createLoadBalancer(r -> {
          r.name(name).type(LoadBalancerTypeEnum.APPLICATION)
              .scheme(s.internal ? LoadBalancerSchemeEnum.INTERNAL : LoadBalancerSchemeEnum.INTERNET_FACING)
              .subnets(subnets.get(0).subnetId(), subnets.get(1).subnetId());
          if (!tags.isEmpty()) {
            r.tags(tags);
          }
        }).loadBalancers().get(0);
    return estate.record(builder(ResourceTypes.LOAD_BALANCER).id(lb.loadBalancerArn()).arn(lb.loadBalancerArn())
        .name(name).tags(s.tags).traits(s.extraTraits)
        .trait(lb.scheme() == LoadBalancerSchemeEnum.INTERNAL, Traits.INTERNAL, Traits.INTERNET_FACING)
        .attribute("scheme", lb.schemeAsString())
        .attribute("type", lb.typeAsString())
        .attribute("vpc_id", lb.vpcId())
        .build());
  }

  /**
   * Creates an S3 bucket in this site's region.
   *
   * @param spec sets the name (required, unique across the emulator), public access block, default
   *     encryption, versioning and tags
   * @return the bucket (id: its name; region: this site's)
   */
  public BuiltResource bucket(Consumer<BucketSpec> spec) {
    BucketSpec s = new BucketSpec();
    spec.accept(s);
    String name = s.requireName("bucket");
    S3Client s3 = estate.client(S3Client.class, S3Client::builder, accountId, region);
    s3.createBucket(r -> {
      r.bucket(name);
      if (!"us-east-1".equals(region)) {
        r.createBucketConfiguration(c -> c.locationConstraint(region));
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
    BuiltResource.Builder built = builder(ResourceTypes.S3_BUCKET).id(name).arn("arn:aws:s3:::" + name).name(name)
        .tags(s.tags).traits(s.extraTraits)
        .trait(s.blockPublicAccess, Traits.PUBLIC_ACCESS_BLOCK, Traits.NO_PUBLIC_ACCESS_BLOCK)
        .trait(s.defaultEncryption, Traits.DEFAULT_ENCRYPTION, Traits.NO_DEFAULT_ENCRYPTION);
    if (s.versioning) {
      built.trait(Traits.VERSIONED);
    }
    return estate.record(built.build());
  }

  /**
   * Creates an RDS DB instance.
   *
   * @param spec sets the identifier (required), engine, class, storage, accessibility, encryption, Multi-AZ
   *     and tags
   * @return the DB instance (id: its identifier; ARN: its {@code DBInstanceArn})
   */
  public BuiltResource dbInstance(Consumer<DbInstanceSpec> spec) {
    DbInstanceSpec s = new DbInstanceSpec();
    spec.accept(s);
    String name = s.requireName("DB instance");
    boolean provisionedIops = s.storageType.startsWith("io");
    if (provisionedIops && s.iops == null) {
      throw new IllegalArgumentException("DB instance " + name + ": " + s.storageType
          + " storage needs provisioned IOPS; add .iops(1000) or more to the spec");
    }
    Integer iops = provisionedIops ? s.iops : GP3.equals(s.storageType) ? Integer.valueOf(GP3_BASELINE_IOPS) : null;
    DBInstance db = rds().createDBInstance(r -> r.dbInstanceIdentifier(name).engine(s.engine)
        .dbInstanceClass(s.instanceClass).allocatedStorage(s.allocatedStorageGib).storageType(s.storageType)
        .iops(iops)
        .storageThroughput(GP3.equals(s.storageType) ? Integer.valueOf(GP3_BASELINE_THROUGHPUT_MIBPS) : null)
        .masterUsername(MASTER_USER).masterUserPassword(PASSWORD)
        .publiclyAccessible(s.publiclyAccessible).storageEncrypted(s.encrypted).multiAZ(s.multiAz)
        .tags(rdsTags(s.tags))).dbInstance();
    return estate.record(builder(ResourceTypes.RDS_INSTANCE).id(name).arn(db.dbInstanceArn()).name(name)
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

  /**
   * Creates an RDS DB cluster (without instances).
   *
   * @param spec sets the identifier (required), engine, encryption and tags
   * @return the cluster (id: its identifier; ARN: its {@code DBClusterArn})
   */
  public BuiltResource dbCluster(Consumer<DbClusterSpec> spec) {
    DbClusterSpec s = new DbClusterSpec();
    spec.accept(s);
    String name = s.requireName("DB cluster");
    DBCluster cluster = rds().createDBCluster(r -> r.dbClusterIdentifier(name).engine(s.engine)
        .masterUsername(MASTER_USER).masterUserPassword(PASSWORD).storageEncrypted(s.encrypted)
        .tags(rdsTags(s.tags))).dbCluster();
    return estate.record(builder(ResourceTypes.RDS_CLUSTER).id(name).arn(cluster.dbClusterArn()).name(name)
        .tags(s.tags).traits(s.extraTraits)
        .trait(Boolean.TRUE.equals(cluster.storageEncrypted()), Traits.ENCRYPTED, Traits.UNENCRYPTED)
        .attribute("engine", cluster.engine())
        .build());
  }

  /**
   * Creates a Lambda function (and, once per account, its execution role).
   *
   * @param spec sets the name (required), runtime, memory and tags
   * @return the function (id: its name; ARN: its {@code FunctionArn})
   */
  public BuiltResource function(Consumer<FunctionSpec> spec) {
    FunctionSpec s = new FunctionSpec();
    spec.accept(s);
    String name = s.requireName("function");
    String role = estate.lambdaRole(accountId);
    CreateFunctionResponse function = estate.client(LambdaClient.class, LambdaClient::builder, accountId, region)
        .createFunction(r -> r.functionName(name).runtime(s.runtime).role(role)
            .handler(LambdaPackages.PYTHON_ECHO_HANDLER).memorySize(s.memoryMb)
            .code(c -> c.zipFile(SdkBytes.fromByteArray(LambdaPackages.pythonEcho())))
            .tags(s.tags));
    String runtime = function.runtimeAsString();
    return estate.record(builder(ResourceTypes.LAMBDA_FUNCTION).id(name).arn(function.functionArn()).name(name)
        .tags(s.tags).traits(s.extraTraits)
        .trait(Traits.DEPRECATED_RUNTIMES.contains(runtime), Traits.DEPRECATED_RUNTIME, Traits.CURRENT_RUNTIME)
        .attribute("runtime", runtime)
        .attribute("memory_mb", function.memorySize())
        .build());
  }

  /**
   * Creates a DynamoDB table with a string partition key {@code pk}.
   *
   * @param spec sets the name (required), capacity and tags
   * @return the table (id: its name; ARN: its {@code TableArn})
   */
  public BuiltResource table(Consumer<TableSpec> spec) {
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
    TableDescription table = estate.client(DynamoDbClient.class, DynamoDbClient::builder, accountId, region)
        .createTable(request.build()).tableDescription();
    BuiltResource.Builder built = builder(ResourceTypes.DYNAMODB_TABLE).id(name).arn(table.tableArn()).name(name)
        .tags(s.tags).traits(s.extraTraits)
        .trait(s.isProvisioned(), Traits.PROVISIONED, Traits.ON_DEMAND)
        .attribute("billing_mode", s.isProvisioned() ? "PROVISIONED" : "PAY_PER_REQUEST");
    if (s.isProvisioned()) {
      built.attribute("read_capacity", s.readCapacity).attribute("write_capacity", s.writeCapacity);
    }
    return estate.record(built.build());
  }

  /** Records the default security groups the emulator keeps here (creating the default VPC if need be). */
  void recordDefaultSecurityGroups() {
    List<SecurityGroup> groups = ec2().describeSecurityGroups(r -> r.filters(
        Filter.builder().name("group-name").values("default").build())).securityGroups();
    for (SecurityGroup group : groups) {
      Map<String, String> tags = group.tags().stream()
          .collect(Collectors.toMap(t -> t.key(), t -> t.value(), (a, b) -> b, LinkedHashMap::new));
      estate.record(securityGroupRecord(group, tags).trait(Traits.DEFAULT).build());
    }
  }

  private BuiltResource.Builder builder(String type) {
    return BuiltResource.builder(type, accountId, region);
  }

  private BuiltResource.Builder volumeRecord(Volume volume, String name, Map<String, String> tags) {
    List<VolumeAttachment> attachments = volume.attachments();
    BuiltResource.Builder built = builder(ResourceTypes.EBS_VOLUME).id(volume.volumeId())
        .arn(ec2Arn("volume/" + volume.volumeId())).name(name).tags(tags)
        .trait(Boolean.TRUE.equals(volume.encrypted()), Traits.ENCRYPTED, Traits.UNENCRYPTED)
        .trait(!attachments.isEmpty(), Traits.ATTACHED, Traits.UNATTACHED)
        .attribute("volume_type", volume.volumeTypeAsString())
        .attribute("size_gib", volume.size())
        .attribute("iops", volume.iops())
        .attribute("availability_zone", volume.availabilityZone())
        .attribute("attached_to", attachments.isEmpty() ? null : attachments.get(0).instanceId());
    if ("gp2".equals(volume.volumeTypeAsString())) {
      built.trait(Traits.GP2);
    }
    return built;
  }

  private BuiltResource.Builder securityGroupRecord(SecurityGroup group, Map<String, String> tags) {
    return builder(ResourceTypes.SECURITY_GROUP).id(group.groupId())
        .arn(ec2Arn("security-group/" + group.groupId())).name(group.groupName()).tags(tags)
        .traits(SecurityGroupRules.traits(group.ipPermissions()))
        .attribute("vpc_id", group.vpcId())
        .attribute("ingress_rules", group.ipPermissions().size());
  }

  private String allocateAddress(Map<String, String> tags) {
    return ec2().allocateAddress(r -> {
      r.domain(DomainType.VPC);
      if (!tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.ELASTIC_IP, tags));
      }
    }).allocationId();
  }

  private BuiltResource.Builder addressRecord(String allocationId, String name, Map<String, String> tags) {
    Address address = ec2().describeAddresses(r -> r.allocationIds(allocationId)).addresses().get(0);
    boolean associated = address.associationId() != null && !address.associationId().isEmpty();
    String instanceId = address.instanceId() == null || address.instanceId().isEmpty() ? null : address.instanceId();
    return builder(ResourceTypes.ELASTIC_IP).id(allocationId).arn(ec2Arn("elastic-ip/" + allocationId))
        .name(name).tags(tags)
        .trait(associated, Traits.ASSOCIATED, Traits.UNASSOCIATED)
        .attribute("public_ip", address.publicIp())
        .attribute("instance_id", instanceId);
  }

  private List<Subnet> defaultSubnets() {
    if (defaultSubnets == null) {
      defaultSubnets = ec2().describeSubnets().subnets().stream()
          .filter(s -> Boolean.TRUE.equals(s.defaultForAz()))
          .sorted(Comparator.comparing(Subnet::availabilityZone))
          .collect(Collectors.toList());
      if (defaultSubnets.isEmpty()) {
        throw new IllegalStateException("the emulator has no default subnets in " + accountId + "/" + region);
      }
    }
    return defaultSubnets;
  }

  private String zone() {
    return region + "a";
  }

  private String ec2Arn(String resource) {
    return "arn:aws:ec2:" + region + ":" + accountId + ":" + resource;
  }

  private Ec2Client ec2() {
    return estate.client(Ec2Client.class, Ec2Client::builder, accountId, region);
  }

  private RdsClient rds() {
    return estate.client(RdsClient.class, RdsClient::builder, accountId, region);
  }

  /** The tags of an EC2 resource: {@code Name} first when named, then the spec's tags. */
  private static Map<String, String> ec2Tags(String name, Map<String, String> tags) {
    Map<String, String> all = new LinkedHashMap<>();
    if (name != null) {
      all.put("Name", name);
    }
    all.putAll(tags);
    return all;
  }

  private static TagSpecification tagSpecification(ResourceType type, Map<String, String> tags) {
    return TagSpecification.builder().resourceType(type).tags(tags.entrySet().stream()
        .map(t -> software.amazon.awssdk.services.ec2.model.Tag.builder().key(t.getKey()).value(t.getValue()).build())
        .collect(Collectors.toList())).build();
  }

  /** RDS tags; null (not sent) when there are none. */
  private static List<software.amazon.awssdk.services.rds.model.Tag> rdsTags(Map<String, String> tags) {
    if (tags.isEmpty()) {
      return null;
    }
    return tags.entrySet().stream()
        .map(t -> software.amazon.awssdk.services.rds.model.Tag.builder().key(t.getKey()).value(t.getValue()).build())
        .collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return accountId + "/" + region;
  }
}
