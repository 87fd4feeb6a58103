package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

/**
 * {@code load_balancer}: DescribeLoadBalancers (application, network and gateway load balancers), 400 per
 * page, and DescribeTags for 20 load balancers at a time. When a DescribeTags call fails, its load
 * balancers are kept with {@code tags} unknown.
 */
public final class LoadBalancerCollector implements ResourceCollector {

  private static final int TAG_BATCH = 20;

  @Override
  public ResourceType type() {
    return ResourceType.LOAD_BALANCER;
  }

  @Override
  public String service() {
    return "elasticloadbalancing";
  }

  @Override
  public List<String> iamActions() {
    return List.of("elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeTags");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    ElasticLoadBalancingV2Client elb = context.client(ElasticLoadBalancingV2Client.class);
    for (DescribeLoadBalancersResponse page : elb.describeLoadBalancersPaginator(r -> r.pageSize(400))) {
      List<LoadBalancer> balancers = page.loadBalancers();
      for (int from = 0; from < balancers.size(); from += TAG_BATCH) {
        List<LoadBalancer> batch = balancers.subList(from, Math.min(from + TAG_BATCH, balancers.size()));
        Map<String, Map<String, String>> tags;
        AwsServiceException tagError = null;
        try {
          tags = tags(elb, batch);
        } catch (AwsServiceException e) {
          tags = Map.of();
          tagError = e;
        }
        for (LoadBalancer balancer : batch) {
          Resource.Builder r = resource(context, balancer, tags.getOrDefault(balancer.loadBalancerArn(), Map.of()));
          if (tagError != null) {
            Attributes.unknown(context, r, balancer.loadBalancerArn(), tagError, "tags");
          }
          sink.accept(r);
        }
      }
    }
  }

  private static Map<String, Map<String, String>> tags(ElasticLoadBalancingV2Client elb, List<LoadBalancer> batch) {
    List<String> arns = batch.stream().map(LoadBalancer::loadBalancerArn).collect(Collectors.toList());
    Map<String, Map<String, String>> tags = new HashMap<>();
    for (TagDescription description : elb.describeTags(r -> r.resourceArns(arns)).tagDescriptions()) {
      tags.put(description.resourceArn(), Attributes.tags(description.tags(), Tag::key, Tag::value));
    }
    return tags;
  }

  private static Resource.Builder resource(CollectionContext context, LoadBalancer balancer,
      Map<String, String> tags) {
    Resource.Builder r = context.newResource(balancer.loadBalancerArn(),
        Attributes.name(tags, balancer.loadBalancerName())).tags(tags);
    if (balancer.state() != null && balancer.state().codeAsString() != null) {
      r.state(balancer.state().codeAsString());
    }
    if (balancer.createdTime() != null) {
      r.createdAt(balancer.createdTime());
    }
    Attributes.put(r, "lb_type", balancer.typeAsString());
    Attributes.put(r, "scheme", balancer.schemeAsString());
    Attributes.put(r, "dns_name", balancer.dnsName());
    Attributes.put(r, "vpc_id", balancer.vpcId());
    Attributes.put(r, "availability_zones", balancer.availabilityZones().stream().map(AvailabilityZone::zoneName)
        .collect(Collectors.toList()));
    Attributes.put(r, "security_groups", balancer.securityGroups());
    Attributes.put(r, "ip_address_type", balancer.ipAddressTypeAsString());
    Attributes.put(r, "created_time", balancer.createdTime());
    return r;
  }
}
