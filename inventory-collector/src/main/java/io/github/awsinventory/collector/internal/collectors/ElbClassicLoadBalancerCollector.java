package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.model.types.ElbClassicLoadBalancer.AVAILABILITY_ZONES;
import static io.github.awsinventory.model.types.ElbClassicLoadBalancer.CREATED_TIME;
import static io.github.awsinventory.model.types.ElbClassicLoadBalancer.CROSS_ZONE_LOAD_BALANCING;
import static io.github.awsinventory.model.types.ElbClassicLoadBalancer.DESCRIPTOR;
import static io.github.awsinventory.model.types.ElbClassicLoadBalancer.DNS_NAME;
import static io.github.awsinventory.model.types.ElbClassicLoadBalancer.LISTENERS;
import static io.github.awsinventory.model.types.ElbClassicLoadBalancer.LISTENER_PROTOCOLS;
import static io.github.awsinventory.model.types.ElbClassicLoadBalancer.REGISTERED_INSTANCE_COUNT;
import static io.github.awsinventory.model.types.ElbClassicLoadBalancer.SCHEME;
import static io.github.awsinventory.model.types.ElbClassicLoadBalancer.VPC_ID;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.ElbClassicLoadBalancer.Listener;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.ListenerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerAttributes;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancing.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancing.model.TagDescription;

/**
 * {@code elb_classic_load_balancer}: DescribeLoadBalancers (Elastic Load Balancing v1), 400 per page, and
 * DescribeTags for 20 load balancers at a time; then DescribeLoadBalancerAttributes per load balancer as a detail
 * step, for cross-zone load balancing. When a DescribeTags call fails, its load balancers are kept with {@code tags}
 * unknown; a load balancer deleted before its attributes are read is dropped.
 */
public final class ElbClassicLoadBalancerCollector implements ItemCollector<LoadBalancerDescription> {

  private static final int TAG_BATCH = 20;

  private static final List<DetailStep<LoadBalancerDescription>> DETAILS = List.of(
      DetailStep.of("DescribeLoadBalancerAttributes", ElbClassicLoadBalancerCollector::attributes,
          CROSS_ZONE_LOAD_BALANCING));

  @Override
  public TypeDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<DetailStep<LoadBalancerDescription>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<LoadBalancerDescription> items) {
    ElasticLoadBalancingClient elb = context.client(ElasticLoadBalancingClient.class);
    for (DescribeLoadBalancersResponse page : elb.describeLoadBalancersPaginator(r -> r.pageSize(400))) {
      List<LoadBalancerDescription> balancers = page.loadBalancerDescriptions();
      for (int from = 0; from < balancers.size(); from += TAG_BATCH) {
        List<LoadBalancerDescription> batch = balancers.subList(from, Math.min(from + TAG_BATCH, balancers.size()));
        Map<String, Map<String, String>> tags;
        AwsServiceException tagError = null;
        try {
          tags = tags(elb, batch);
        } catch (AwsServiceException e) {
          tags = Map.of();
          tagError = e;
        }
        for (LoadBalancerDescription balancer : batch) {
          String arn = context.arn("elasticloadbalancing", "loadbalancer/" + balancer.loadBalancerName());
          Resource.Builder r = resource(items, balancer, arn,
              tags.getOrDefault(balancer.loadBalancerName(), Map.of()));
          if (tagError != null) {
            Attributes.unknown(context, r, arn, tagError, DetailStep.TAGS);
          }
        }
      }
    }
  }

  /** The front-end protocols of the listeners, in upper case, sorted, each once. */
  static List<String> protocols(List<ListenerDescription> listeners) {
    return List.copyOf(listeners.stream().filter(l -> l.listener() != null && l.listener().protocol() != null)
        .map(l -> l.listener().protocol().toUpperCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  private static Map<String, Map<String, String>> tags(ElasticLoadBalancingClient elb,
      List<LoadBalancerDescription> batch) {
    List<String> names = batch.stream().map(LoadBalancerDescription::loadBalancerName).collect(Collectors.toList());
    Map<String, Map<String, String>> tags = new HashMap<>();
    for (TagDescription description : elb.describeTags(r -> r.loadBalancerNames(names)).tagDescriptions()) {
      tags.put(description.loadBalancerName(), Attributes.tags(description.tags(), Tag::key, Tag::value));
    }
    return tags;
  }

  private static Detail attributes(CollectionContext context, LoadBalancerDescription balancer) {
    LoadBalancerAttributes attributes;
    try {
      attributes = context.client(ElasticLoadBalancingClient.class)
          .describeLoadBalancerAttributes(r -> r.loadBalancerName(balancer.loadBalancerName()))
          .loadBalancerAttributes();
    } catch (LoadBalancerNotFoundException e) {
      return Detail.VANISHED;
    }
    if (attributes == null || attributes.crossZoneLoadBalancing() == null) {
      return Detail.NOTHING;
    }
    boolean crossZone = Boolean.TRUE.equals(attributes.crossZoneLoadBalancing().enabled());
    return r -> CROSS_ZONE_LOAD_BALANCING.put(r, crossZone);
  }

  private static Resource.Builder resource(ListedItems<LoadBalancerDescription> items,
      LoadBalancerDescription balancer, String arn, Map<String, String> tags) {
    Resource.Builder r = items.add(balancer, arn, Attributes.name(tags, balancer.loadBalancerName())).tags(tags);
    if (balancer.createdTime() != null) {
      r.createdAt(balancer.createdTime());
    }
    SCHEME.put(r, balancer.scheme());
    DNS_NAME.put(r, balancer.dnsName());
    VPC_ID.put(r, balancer.vpcId());
    AVAILABILITY_ZONES.put(r, balancer.availabilityZones());
    LISTENERS.put(r, balancer.listenerDescriptions().stream().map(ListenerDescription::listener)
        .filter(Objects::nonNull).map(ElbClassicLoadBalancerCollector::listener).collect(Collectors.toList()));
    LISTENER_PROTOCOLS.put(r, protocols(balancer.listenerDescriptions()));
    REGISTERED_INSTANCE_COUNT.put(r, balancer.instances().size());
    CREATED_TIME.put(r, balancer.createdTime());
    return r;
  }

  private static Map<String, Object> listener(software.amazon.awssdk.services.elasticloadbalancing.model.Listener l) {
    Map<String, Object> listener = new LinkedHashMap<>();
    Listener.PROTOCOL.put(listener, l.protocol());
    Listener.LOAD_BALANCER_PORT.put(listener, l.loadBalancerPort());
    Listener.INSTANCE_PROTOCOL.put(listener, l.instanceProtocol());
    Listener.INSTANCE_PORT.put(listener, l.instancePort());
    return listener;
  }
}
