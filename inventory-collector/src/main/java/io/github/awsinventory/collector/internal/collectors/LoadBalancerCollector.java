package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.model.types.LoadBalancer.AVAILABILITY_ZONES;
import static io.github.awsinventory.model.types.LoadBalancer.CREATED_TIME;
import static io.github.awsinventory.model.types.LoadBalancer.DESCRIPTOR;
import static io.github.awsinventory.model.types.LoadBalancer.DNS_NAME;
import static io.github.awsinventory.model.types.LoadBalancer.IP_ADDRESS_TYPE;
import static io.github.awsinventory.model.types.LoadBalancer.LB_TYPE;
import static io.github.awsinventory.model.types.LoadBalancer.SCHEME;
import static io.github.awsinventory.model.types.LoadBalancer.SECURITY_GROUPS;
import static io.github.awsinventory.model.types.LoadBalancer.VPC_ID;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
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
public final class LoadBalancerCollector implements ItemCollector<LoadBalancer> {

  private static final int TAG_BATCH = 20;

  @Override
  public TypeDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** None: the tags come in batches of 20 with the listing, not per load balancer. */
  @Override
  public List<DetailStep<LoadBalancer>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<LoadBalancer> items) {
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
          Resource.Builder r = resource(items, balancer, tags.getOrDefault(balancer.loadBalancerArn(), Map.of()));
          if (tagError != null) {
            Attributes.unknown(context, r, balancer.loadBalancerArn(), tagError, DetailStep.TAGS);
          }
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

  private static Resource.Builder resource(ListedItems<LoadBalancer> items, LoadBalancer balancer,
      Map<String, String> tags) {
    Resource.Builder r = items.add(balancer, balancer.loadBalancerArn(),
        Attributes.name(tags, balancer.loadBalancerName())).tags(tags);
    if (balancer.state() != null && balancer.state().codeAsString() != null) {
      r.state(balancer.state().codeAsString());
    }
    if (balancer.createdTime() != null) {
      r.createdAt(balancer.createdTime());
    }
    LB_TYPE.put(r, balancer.typeAsString());
    SCHEME.put(r, balancer.schemeAsString());
    DNS_NAME.put(r, balancer.dnsName());
    VPC_ID.put(r, balancer.vpcId());
    AVAILABILITY_ZONES.put(r, balancer.availabilityZones().stream().map(AvailabilityZone::zoneName)
        .collect(Collectors.toList()));
    SECURITY_GROUPS.put(r, balancer.securityGroups());
    IP_ADDRESS_TYPE.put(r, balancer.ipAddressTypeAsString());
    CREATED_TIME.put(r, balancer.createdTime());
    return r;
  }
}
