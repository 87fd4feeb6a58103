package io.github.awsinventory.testkit.estate;

import java.util.function.Consumer;

/**
 * Where an {@link Estate} builds regional resources (and S3 buckets): one account in one region. Each
 * method creates one resource from a spec, records it, and returns what was recorded. The building is done
 * per service by {@code ComputeBuilder}, {@code NetworkBuilder}, {@code DataBuilder}, {@code PlatformBuilder} and
 * {@code ServiceBuilder}.
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

  private final SiteContext context;
  private final ComputeBuilder compute;
  private final NetworkBuilder network;
  private final DataBuilder data;
  private final BroadBuilder broad;
  private final PlatformBuilder platform;
  private final ServiceBuilder services;

  Site(Estate estate, String accountId, String region) {
    this.context = new SiteContext(estate, accountId, region);
    this.compute = new ComputeBuilder(context);
    this.network = new NetworkBuilder(context);
    this.data = new DataBuilder(context);
    this.broad = new BroadBuilder(context);
    this.platform = new PlatformBuilder(context);
    this.services = new ServiceBuilder(context);
  }

  /**
   * The account this site builds in.
   *
   * @return the 12-digit account id
   */
  public String accountId() {
    return context.accountId();
  }

  /**
   * The region this site builds in.
   *
   * @return the region
   */
  public String region() {
    return context.region();
  }

  /**
   * Launches an EC2 instance and records it and its root volume.
   *
   * @param spec sets type, metadata options, state, root volume, name and tags
   * @return the instance (id {@code i-...}; attribute {@code root_volume_id})
   */
  public BuiltResource instance(Consumer<InstanceSpec> spec) {
    return compute.instance(spec);
  }

  /**
   * Creates an EBS volume in the region's first availability zone, attaching it if asked.
   *
   * @param spec sets size, type, IOPS, encryption, attachment, name and tags
   * @return the volume (id {@code vol-...})
   */
  public BuiltResource volume(Consumer<VolumeSpec> spec) {
    return compute.volume(spec);
  }

  /**
   * Snapshots a volume of this site.
   *
   * @param spec sets the volume (required), name and tags
   * @return the snapshot (id {@code snap-...}; its ARN has no account, as in AWS)
   */
  public BuiltResource snapshot(Consumer<SnapshotSpec> spec) {
    return compute.snapshot(spec);
  }

  /**
   * Allocates an Elastic IP, associating it with an instance if asked.
   *
   * @param spec sets the instance, name and tags
   * @return the address (id: its allocation id {@code eipalloc-...})
   */
  public BuiltResource elasticIp(Consumer<ElasticIpSpec> spec) {
    return network.elasticIp(spec);
  }

  /**
   * Creates a security group in the default VPC with the spec's ingress rules.
   *
   * @param spec sets the group name (required), description, rules and tags
   * @return the group (id {@code sg-...}; name: the group name)
   */
  public BuiltResource securityGroup(Consumer<SecurityGroupSpec> spec) {
    return network.securityGroup(spec);
  }

  /**
   * Creates a NAT gateway in the default subnet of the region's first availability zone, with a new Elastic
   * IP that is recorded too.
   *
   * @param spec sets name and tags (the Elastic IP gets the same tags, named {@code <name>-eip})
   * @return the gateway (id {@code nat-...})
   */
  public BuiltResource natGateway(Consumer<NatGatewaySpec> spec) {
    return network.natGateway(spec);
  }

  /**
   * Creates an application load balancer in the first two default subnets.
   *
   * @param spec sets the name (required), scheme and tags
   * @return the load balancer (id and ARN: its ARN)
   */
  public BuiltResource loadBalancer(Consumer<LoadBalancerSpec> spec) {
    return network.loadBalancer(spec);
  }

  /**
   * Creates a tagged resource of a service without a built-in collector (an SSM parameter, an EventBridge bus,
   * a Glue database, ...), which the broad tier finds through the Tagging API.
   *
   * @param spec sets the service (required), the name (required; also its {@code Name} tag) and tags
   * @return the resource (type: the one its ARN gives, such as {@code ssm_parameter}; trait {@link Traits#BROAD})
   */
  public BuiltResource tagged(Consumer<TaggedResourceSpec> spec) {
    return broad.tagged(spec);
  }

  /**
   * Creates an S3 bucket in this site's region.
   *
   * @param spec sets the name (required, unique across the emulator), public access block, default
   *     encryption, versioning and tags
   * @return the bucket (id: its name; region: this site's)
   */
  public BuiltResource bucket(Consumer<BucketSpec> spec) {
    return data.bucket(spec);
  }

  /**
   * Creates an RDS DB instance.
   *
   * @param spec sets the identifier (required), engine, class, storage, accessibility, encryption, Multi-AZ
   *     and tags
   * @return the DB instance (id: its identifier; ARN: its {@code DBInstanceArn})
   */
  public BuiltResource dbInstance(Consumer<DbInstanceSpec> spec) {
    return data.dbInstance(spec);
  }

  /**
   * Creates an RDS DB cluster (without instances).
   *
   * @param spec sets the identifier (required), engine, encryption and tags
   * @return the cluster (id: its identifier; ARN: its {@code DBClusterArn})
   */
  public BuiltResource dbCluster(Consumer<DbClusterSpec> spec) {
    return data.dbCluster(spec);
  }

  /**
   * Creates a Lambda function (and, once per account, its execution role).
   *
   * @param spec sets the name (required), runtime, memory and tags
   * @return the function (id: its name; ARN: its {@code FunctionArn})
   */
  public BuiltResource function(Consumer<FunctionSpec> spec) {
    return compute.function(spec);
  }

  /**
   * Creates a DynamoDB table with a string partition key {@code pk}.
   *
   * @param spec sets the name (required), capacity and tags
   * @return the table (id: its name; ARN: its {@code TableArn})
   */
  public BuiltResource table(Consumer<TableSpec> spec) {
    return data.table(spec);
  }

  /**
   * Creates a VPC (and records the default security group the emulator gives it), with a flow log if asked.
   *
   * @param spec sets the CIDR block (required), flow logs, name and tags
   * @return the VPC (id {@code vpc-...})
   */
  public BuiltResource vpc(Consumer<VpcSpec> spec) {
    return platform.vpc(spec);
  }

  /**
   * Creates a subnet of a VPC in the region's first availability zone.
   *
   * @param spec sets the VPC and CIDR block (both required), public IP mapping, name and tags
   * @return the subnet (id {@code subnet-...})
   */
  public BuiltResource subnet(Consumer<SubnetSpec> spec) {
    return platform.subnet(spec);
  }

  /**
   * Registers an AMI without snapshots, public if asked.
   *
   * @param spec sets the name (required), whether everyone may launch it, and tags
   * @return the AMI (id {@code ami-...}; its ARN has no account, as in AWS)
   */
  public BuiltResource image(Consumer<ImageSpec> spec) {
    return platform.image(spec);
  }

  /**
   * Creates an Auto Scaling group of zero instances from a launch template made for it.
   *
   * @param spec sets the name and AMI (both required) and tags
   * @return the group (id: its name; ARN: its {@code AutoScalingGroupARN})
   */
  public BuiltResource autoScalingGroup(Consumer<AutoScalingGroupSpec> spec) {
    return platform.autoScalingGroup(spec);
  }

  /**
   * Creates a classic load balancer in the first availability zone, with an HTTP listener and no instances.
   *
   * @param spec sets the name (required), scheme and tags
   * @return the load balancer (id: its name)
   */
  public BuiltResource classicLoadBalancer(Consumer<ClassicLoadBalancerSpec> spec) {
    return platform.classicLoadBalancer(spec);
  }

  /**
   * Creates an ECS cluster.
   *
   * @param spec sets the name (required), Container Insights and tags
   * @return the cluster (id: its name; ARN: its {@code clusterArn})
   */
  public BuiltResource ecsCluster(Consumer<EcsClusterSpec> spec) {
    return platform.ecsCluster(spec);
  }

  /**
   * Creates a Fargate ECS service of one task, with a task definition of its own, in the first default subnet.
   *
   * @param spec sets the name and cluster (both required), public IPs and tags
   * @return the service (id: its name; ARN: its {@code serviceArn})
   */
  public BuiltResource ecsService(Consumer<EcsServiceSpec> spec) {
    return platform.ecsService(spec);
  }

  /**
   * Creates an EKS cluster in the first two default subnets.
   *
   * @param spec sets the name (required), the endpoint's exposure and tags
   * @return the cluster (id: its name; ARN: its {@code arn})
   */
  public BuiltResource eksCluster(Consumer<EksClusterSpec> spec) {
    return platform.eksCluster(spec);
  }

  /**
   * Creates an ECR repository without images.
   *
   * @param spec sets the name (required), scan on push and tags
   * @return the repository (id: its name; ARN: its {@code repositoryArn})
   */
  public BuiltResource ecrRepository(Consumer<EcrRepositorySpec> spec) {
    return platform.ecrRepository(spec);
  }

  /**
   * Creates a customer managed KMS key, with rotation or scheduled for deletion if asked.
   *
   * @param spec sets rotation, deletion, name (its {@code Name} tag) and tags
   * @return the key (id: its key id; ARN: its key ARN)
   */
  public BuiltResource kmsKey(Consumer<KmsKeySpec> spec) {
    return services.kmsKey(spec);
  }

  /**
   * Creates a Secrets Manager secret without rotation.
   *
   * @param spec sets the name (required) and tags
   * @return the secret (id: its name; ARN: its ARN)
   */
  public BuiltResource secret(Consumer<ServiceResourceSpec> spec) {
    return services.secret(spec);
  }

  /**
   * Creates a CloudWatch Logs log group, with a retention if asked.
   *
   * @param spec sets the name (required), retention and tags
   * @return the log group (id: its name; ARN: its ARN without {@code :*})
   */
  public BuiltResource logGroup(Consumer<LogGroupSpec> spec) {
    return services.logGroup(spec);
  }

  /**
   * Creates a CloudTrail trail with this region as its home.
   *
   * @param spec sets the name and bucket (both required), whether it is complete, and tags
   * @return the trail (id: its name; ARN: its {@code TrailARN})
   */
  public BuiltResource trail(Consumer<TrailSpec> spec) {
    return services.trail(spec);
  }

  /**
   * Requests an ACM certificate for a domain name.
   *
   * @param spec sets the domain name (required, as the name) and tags
   * @return the certificate (id and ARN: its ARN)
   */
  public BuiltResource certificate(Consumer<ServiceResourceSpec> spec) {
    return services.certificate(spec);
  }

  /**
   * Creates a manual snapshot of an RDS DB instance of this site, public if asked.
   *
   * @param spec sets the identifier and DB instance (both required), publicity and tags
   * @return the snapshot (id: its identifier; ARN: its {@code DBSnapshotArn})
   */
  public BuiltResource dbSnapshot(Consumer<DbSnapshotSpec> spec) {
    return services.dbSnapshot(spec);
  }

  /**
   * Creates an EFS file system.
   *
   * @param spec sets the name (required), encryption and tags
   * @return the file system (id {@code fs-...}; ARN: its {@code FileSystemArn})
   */
  public BuiltResource fileSystem(Consumer<FileSystemSpec> spec) {
    return services.fileSystem(spec);
  }

  /**
   * Creates an ElastiCache for Redis cluster of one {@code cache.t3.micro} node, in a replication group of the same
   * id, unencrypted at rest and in transit.
   *
   * @param spec sets the cluster id (required, as the name) and tags
   * @return the cluster (id: its cluster id; ARN: its ARN)
   */
  public BuiltResource cacheCluster(Consumer<ServiceResourceSpec> spec) {
    return services.cacheCluster(spec);
  }

  /**
   * Creates an OpenSearch Service domain of one node, outside any VPC.
   *
   * @param spec sets the name (required), encryption and tags
   * @return the domain (id: its name; ARN: its ARN)
   */
  public BuiltResource searchDomain(Consumer<SearchDomainSpec> spec) {
    return services.searchDomain(spec);
  }

  /**
   * Creates a single-node Redshift cluster.
   *
   * @param spec sets the identifier (required), accessibility, encryption and tags
   * @return the cluster (id: its identifier)
   */
  public BuiltResource redshiftCluster(Consumer<RedshiftClusterSpec> spec) {
    return services.redshiftCluster(spec);
  }

  /**
   * Creates a Kinesis data stream of one shard.
   *
   * @param spec sets the name (required), encryption and tags
   * @return the stream (id: its name; ARN: its {@code StreamARN})
   */
  public BuiltResource stream(Consumer<StreamSpec> spec) {
    return services.stream(spec);
  }

  /**
   * Creates an SQS queue.
   *
   * @param spec sets the name (required), encryption, policy and tags
   * @return the queue (id: its name)
   */
  public BuiltResource queue(Consumer<QueueSpec> spec) {
    return services.queue(spec);
  }

  /**
   * Creates an SNS topic.
   *
   * @param spec sets the name (required), encryption, policy and tags
   * @return the topic (id: its name; ARN: its {@code TopicArn})
   */
  public BuiltResource topic(Consumer<TopicSpec> spec) {
    return services.topic(spec);
  }

  /**
   * Creates a Step Functions state machine of one Pass state, without logging.
   *
   * @param spec sets the name (required) and tags
   * @return the state machine (id: its name; ARN: its ARN)
   */
  public BuiltResource stateMachine(Consumer<ServiceResourceSpec> spec) {
    return services.stateMachine(spec);
  }

  /**
   * Creates an API Gateway REST API without stages.
   *
   * @param spec sets the name (required) and tags
   * @return the API (id: its API id)
   */
  public BuiltResource restApi(Consumer<ServiceResourceSpec> spec) {
    return services.restApi(spec);
  }

  /**
   * Creates an API Gateway HTTP API without stages.
   *
   * @param spec sets the name (required) and tags
   * @return the API (id: its API id)
   */
  public BuiltResource httpApi(Consumer<ServiceResourceSpec> spec) {
    return services.httpApi(spec);
  }

  /** Records the default security groups the emulator keeps here (creating the default VPC if need be). */
  void recordDefaultSecurityGroups() {
    network.recordDefaultSecurityGroups();
  }

  /** Records the default VPC and its subnets the emulator keeps here. */
  void recordDefaultVpcAndSubnets(boolean vpc, boolean subnets) {
    if (vpc) {
      platform.recordDefaultVpc();
    }
    if (subnets) {
      platform.recordDefaultSubnets();
    }
  }

  /** Records the automated snapshots the emulator took of this site's DB instances. */
  void recordAutomatedDbSnapshots() {
    services.recordAutomatedDbSnapshots();
  }

  @Override
  public String toString() {
    return context.accountId() + "/" + context.region();
  }
}
