package io.github.awsinventory.testkit.estate;

import static io.github.awsinventory.testkit.estate.SiteContext.ec2Tags;
import static io.github.awsinventory.testkit.estate.SiteContext.tagSpecification;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerSchemeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerTypeEnum;

/** Builds a {@link Site}'s Elastic IPs, security groups, NAT gateways and load balancers, in the default VPC. */
final class NetworkBuilder {

  private final SiteContext site;

  NetworkBuilder(SiteContext site) {
    this.site = site;
  }

  BuiltResource elasticIp(Consumer<ElasticIpSpec> spec) {
    ElasticIpSpec s = new ElasticIpSpec();
    spec.accept(s);
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    String allocationId = allocateAddress(tags);
    if (s.instanceId != null) {
      site.ec2().associateAddress(r -> r.allocationId(allocationId).instanceId(s.instanceId));
    }
    return site.record(addressRecord(allocationId, s.name, tags).traits(s.extraTraits).build());
  }

  BuiltResource securityGroup(Consumer<SecurityGroupSpec> spec) {
    SecurityGroupSpec s = new SecurityGroupSpec();
    spec.accept(s);
    String name = s.requireName("security group");
    Ec2Client ec2 = site.ec2();
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
    return site.record(site.securityGroupRecord(group, s.tags).traits(s.extraTraits).build());
  }

  BuiltResource natGateway(Consumer<NatGatewaySpec> spec) {
    NatGatewaySpec s = new NatGatewaySpec();
    spec.accept(s);
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    String addressName = s.name == null ? null : s.name + "-eip";
    Map<String, String> addressTags = ec2Tags(addressName, s.tags);
    String allocationId = allocateAddress(addressTags);
    Subnet subnet = defaultSubnets().get(0);
    NatGateway gateway = site.ec2().createNatGateway(r -> {
      r.subnetId(subnet.subnetId()).allocationId(allocationId);
      if (!tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.NATGATEWAY, tags));
      }
    }).natGateway();
    BuiltResource result = site.record(site.builder(ResourceTypes.NAT_GATEWAY).id(gateway.natGatewayId())
        .arn(site.ec2Arn("natgateway/" + gateway.natGatewayId())).name(s.name).tags(tags).traits(s.extraTraits)
        .attribute("subnet_id", gateway.subnetId())
        .attribute("vpc_id", gateway.vpcId())
        .attribute("state", gateway.stateAsString())
        .attribute("allocation_id", allocationId)
        .build());
    site.record(addressRecord(allocationId, addressName, addressTags)
        .attribute("nat_gateway_id", gateway.natGatewayId()).build());
    return result;
  }

  BuiltResource loadBalancer(Consumer<LoadBalancerSpec> spec) {
    LoadBalancerSpec s = new LoadBalancerSpec();
    spec.accept(s);
    String name = s.requireName("load balancer");
    List<Subnet> subnets = defaultSubnets();
    if (subnets.size() < 2) {
      throw new IllegalStateException("a load balancer needs two subnets in different zones, but the default VPC of "
          + site.accountId() + "/" + site.region() + " has " + subnets.size());
    }
    List<software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag> tags = s.tags.entrySet().stream()
        .map(t -> software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag.builder()
            .key(t.getKey()).value(t.getValue()).build())
        .collect(Collectors.toList());
    LoadBalancer lb = site.client(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder)
        .createLoadBalancer(r -> {
          r.name(name).type(LoadBalancerTypeEnum.APPLICATION)
              .scheme(s.internal ? LoadBalancerSchemeEnum.INTERNAL : LoadBalancerSchemeEnum.INTERNET_FACING)
              .subnets(subnets.get(0).subnetId(), subnets.get(1).subnetId());
          if (!tags.isEmpty()) {
            r.tags(tags);
          }
        }).loadBalancers().get(0);
    return site.record(site.builder(ResourceTypes.LOAD_BALANCER).id(lb.loadBalancerArn()).arn(lb.loadBalancerArn())
        .name(name).tags(s.tags).traits(s.extraTraits)
        .trait(lb.scheme() == LoadBalancerSchemeEnum.INTERNAL, Traits.INTERNAL, Traits.INTERNET_FACING)
        .attribute("scheme", lb.schemeAsString())
        .attribute("type", lb.typeAsString())
        .attribute("vpc_id", lb.vpcId())
        .build());
  }

  void recordDefaultSecurityGroups() {
    List<SecurityGroup> groups = site.ec2().describeSecurityGroups(r -> r.filters(
        Filter.builder().name("group-name").values("default").build())).securityGroups();
    for (SecurityGroup group : groups) {
      site.record(site.securityGroupRecord(group, SiteContext.ec2TagMap(group.tags())).trait(Traits.DEFAULT).build());
    }
  }

  private String allocateAddress(Map<String, String> tags) {
    return site.ec2().allocateAddress(r -> {
      r.domain(DomainType.VPC);
      if (!tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.ELASTIC_IP, tags));
      }
    }).allocationId();
  }

  private BuiltResource.Builder addressRecord(String allocationId, String name, Map<String, String> tags) {
    Address address = site.ec2().describeAddresses(r -> r.allocationIds(allocationId)).addresses().get(0);
    boolean associated = address.associationId() != null && !address.associationId().isEmpty();
    String instanceId = address.instanceId() == null || address.instanceId().isEmpty() ? null : address.instanceId();
    return site.builder(ResourceTypes.ELASTIC_IP).id(allocationId).arn(site.ec2Arn("elastic-ip/" + allocationId))
        .name(name).tags(tags)
        .trait(associated, Traits.ASSOCIATED, Traits.UNASSOCIATED)
        .attribute("public_ip", address.publicIp())
        .attribute("instance_id", instanceId);
  }

  private List<Subnet> defaultSubnets() {
    return site.defaultSubnets();
  }
}
