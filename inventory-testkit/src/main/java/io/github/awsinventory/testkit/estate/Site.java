package io.github.awsinventory.testkit.estate;

import java.util.function.Consumer;

/**
 * Where an {@link Estate} builds regional resources (and S3 buckets): one account in one region. Each
 * method creates one resource from a spec, records it, and returns what was recorded. The building is done
 * per service by {@code ComputeBuilder}, {@code NetworkBuilder} and {@code DataBuilder}.
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

  Site(Estate estate, String accountId, String region) {
    this.context = new SiteContext(estate, accountId, region);
    this.compute = new ComputeBuilder(context);
    this.network = new NetworkBuilder(context);
    this.data = new DataBuilder(context);
    this.broad = new BroadBuilder(context);
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

  /** Records the default security groups the emulator keeps here (creating the default VPC if need be). */
  void recordDefaultSecurityGroups() {
    network.recordDefaultSecurityGroups();
  }

  @Override
  public String toString() {
    return context.accountId() + "/" + context.region();
  }
}
