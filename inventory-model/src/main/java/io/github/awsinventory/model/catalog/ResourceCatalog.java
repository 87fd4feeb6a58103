package io.github.awsinventory.model.catalog;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.AcmCertificate;
import io.github.awsinventory.model.types.ApiGatewayRestApi;
import io.github.awsinventory.model.types.ApiGatewayV2Api;
import io.github.awsinventory.model.types.AutoScalingGroup;
import io.github.awsinventory.model.types.AwsAccount;
import io.github.awsinventory.model.types.CloudFrontDistribution;
import io.github.awsinventory.model.types.CloudTrailTrail;
import io.github.awsinventory.model.types.CloudWatchLogGroup;
import io.github.awsinventory.model.types.DynamoDbTable;
import io.github.awsinventory.model.types.EbsSnapshot;
import io.github.awsinventory.model.types.EbsVolume;
import io.github.awsinventory.model.types.Ec2Image;
import io.github.awsinventory.model.types.Ec2Instance;
import io.github.awsinventory.model.types.EcrRepository;
import io.github.awsinventory.model.types.EcsCluster;
import io.github.awsinventory.model.types.EcsService;
import io.github.awsinventory.model.types.EfsFileSystem;
import io.github.awsinventory.model.types.EksCluster;
import io.github.awsinventory.model.types.ElastiCacheCluster;
import io.github.awsinventory.model.types.ElasticIp;
import io.github.awsinventory.model.types.ElbClassicLoadBalancer;
import io.github.awsinventory.model.types.IamPolicy;
import io.github.awsinventory.model.types.IamRole;
import io.github.awsinventory.model.types.IamUser;
import io.github.awsinventory.model.types.KinesisStream;
import io.github.awsinventory.model.types.KmsKey;
import io.github.awsinventory.model.types.LambdaFunction;
import io.github.awsinventory.model.types.LoadBalancer;
import io.github.awsinventory.model.types.NatGateway;
import io.github.awsinventory.model.types.OpenSearchDomain;
import io.github.awsinventory.model.types.RdsCluster;
import io.github.awsinventory.model.types.RdsInstance;
import io.github.awsinventory.model.types.RdsSnapshot;
import io.github.awsinventory.model.types.RedshiftCluster;
import io.github.awsinventory.model.types.Route53HostedZone;
import io.github.awsinventory.model.types.S3Bucket;
import io.github.awsinventory.model.types.SecretsManagerSecret;
import io.github.awsinventory.model.types.SecurityGroup;
import io.github.awsinventory.model.types.SfnStateMachine;
import io.github.awsinventory.model.types.SnsTopic;
import io.github.awsinventory.model.types.SqsQueue;
import io.github.awsinventory.model.types.Subnet;
import io.github.awsinventory.model.types.Vpc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The resource types the inventory knows, each described once by a {@link TypeDescriptor}: the built-in
 * ones and any an embedder adds. Collectors write attributes through the descriptors' keys; rules, cost
 * estimators and reports read through the same keys; the documentation and the member-account role are
 * checked against it.
 *
 * <pre>{@code
 * ResourceCatalog catalog = ResourceCatalog.builtIn().with(MyTypes.SQS_QUEUE);
 * catalog.get(ResourceType.EC2_INSTANCE).attributes();   // instance_type, platform, ...
 * catalog.iamActions();                                   // every action the collectors call
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ResourceCatalog {

  private static final ResourceCatalog BUILT_IN = of(List.of(Ec2Instance.DESCRIPTOR, EbsVolume.DESCRIPTOR,
      EbsSnapshot.DESCRIPTOR, ElasticIp.DESCRIPTOR, SecurityGroup.DESCRIPTOR, NatGateway.DESCRIPTOR,
      LoadBalancer.DESCRIPTOR, S3Bucket.DESCRIPTOR, RdsInstance.DESCRIPTOR, RdsCluster.DESCRIPTOR,
      LambdaFunction.DESCRIPTOR, DynamoDbTable.DESCRIPTOR, IamUser.DESCRIPTOR, KmsKey.DESCRIPTOR,
      SecretsManagerSecret.DESCRIPTOR, CloudWatchLogGroup.DESCRIPTOR, EcrRepository.DESCRIPTOR, Vpc.DESCRIPTOR,
      Subnet.DESCRIPTOR, Ec2Image.DESCRIPTOR, AutoScalingGroup.DESCRIPTOR, ElbClassicLoadBalancer.DESCRIPTOR,
      RdsSnapshot.DESCRIPTOR, CloudTrailTrail.DESCRIPTOR, AwsAccount.DESCRIPTOR, IamRole.DESCRIPTOR,
      IamPolicy.DESCRIPTOR, AcmCertificate.DESCRIPTOR, EksCluster.DESCRIPTOR, EcsCluster.DESCRIPTOR, EcsService.DESCRIPTOR,
      EfsFileSystem.DESCRIPTOR, ElastiCacheCluster.DESCRIPTOR, OpenSearchDomain.DESCRIPTOR,
      RedshiftCluster.DESCRIPTOR, SqsQueue.DESCRIPTOR, SnsTopic.DESCRIPTOR, KinesisStream.DESCRIPTOR,
      SfnStateMachine.DESCRIPTOR, ApiGatewayRestApi.DESCRIPTOR, ApiGatewayV2Api.DESCRIPTOR,
      Route53HostedZone.DESCRIPTOR, CloudFrontDistribution.DESCRIPTOR));

  private final Map<ResourceType, TypeDescriptor> types;

  private ResourceCatalog(Map<ResourceType, TypeDescriptor> types) {
    this.types = types;
  }

  /**
   * The twenty-three built-in types, in {@link ResourceType#builtIn()} order.
   * The twenty-one built-in types, in {@link ResourceType#builtIn()} order.
   *
   * @return the catalogue
   */
  public static ResourceCatalog builtIn() {
    return BUILT_IN;
  }

  /**
   * A catalogue of these types.
   *
   * @param descriptors the types, in the order to list them
   * @return the catalogue
   * @throws CatalogException when a type is described twice
   */
  public static ResourceCatalog of(Collection<TypeDescriptor> descriptors) {
    Map<ResourceType, TypeDescriptor> map = new LinkedHashMap<>();
    for (TypeDescriptor descriptor : descriptors) {
      TypeDescriptor earlier = map.putIfAbsent(descriptor.type(), descriptor);
      if (earlier != null && earlier != descriptor) {
        throw new CatalogException("resource type '" + descriptor.type() + "' is described twice; "
            + "describe each type once (a plug-in cannot replace a built-in type's description)");
      }
    }
    return new ResourceCatalog(Collections.unmodifiableMap(map));
  }

  /**
   * This catalogue with more types.
   *
   * @param descriptors the types to add
   * @return a new catalogue
   * @throws CatalogException when a type is already described differently
   */
  public ResourceCatalog with(TypeDescriptor... descriptors) {
    List<TypeDescriptor> all = new ArrayList<>(types.values());
    all.addAll(List.of(descriptors));
    return of(all);
  }

  /**
   * Every described type, in catalogue order.
   *
   * @return the descriptors
   */
  public List<TypeDescriptor> descriptors() {
    return List.copyOf(types.values());
  }

  /**
   * The description of a type.
   *
   * @param type the type
   * @return its descriptor, when the catalogue has one
   */
  public Optional<TypeDescriptor> find(ResourceType type) {
    return Optional.ofNullable(types.get(type));
  }

  /**
   * The description of a type that must be known.
   *
   * @param type the type
   * @return its descriptor
   * @throws CatalogException when the type is not in the catalogue
   */
  public TypeDescriptor get(ResourceType type) {
    TypeDescriptor descriptor = types.get(type);
    if (descriptor == null) {
      throw new CatalogException("resource type '" + type + "' is not in the catalogue (known: "
          + types.keySet().stream().map(ResourceType::name).collect(Collectors.joining(", "))
          + "); describe it with TypeDescriptor.builder(...) and add it with ResourceCatalog.with(...)");
    }
    return descriptor;
  }

  /**
   * Every IAM action the described types' collectors call, sorted.
   *
   * @return the actions
   */
  public SortedSet<String> iamActions() {
    SortedSet<String> actions = new TreeSet<>();
    types.values().forEach(descriptor -> actions.addAll(descriptor.iamActions()));
    return Collections.unmodifiableSortedSet(actions);
  }

  @Override
  public String toString() {
    return "ResourceCatalog" + types.keySet();
  }
}
