package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * {@code elastic_ip}: DescribeAddresses, which has no pagination — one call returns every address of the
 * region (at most a few per account, by quota).
 */
public final class ElasticIpCollector implements ResourceCollector {

  @Override
  public ResourceType type() {
    return ResourceType.ELASTIC_IP;
  }

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public List<String> iamActions() {
    return List.of("ec2:DescribeAddresses");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (Address address : ec2.describeAddresses().addresses()) {
      sink.accept(resource(context, address));
    }
  }

  private static Resource.Builder resource(CollectionContext context, Address address) {
    Map<String, String> tags = Attributes.tags(address.tags(), Tag::key, Tag::value);
    String id = present(address.allocationId()) ? address.allocationId() : address.publicIp();
    boolean associated = present(address.associationId()) || present(address.instanceId())
        || present(address.networkInterfaceId());
    Resource.Builder r = context.newResource(context.arn("ec2", "elastic-ip/" + id), Attributes.name(tags, id))
        .tags(tags).state(associated ? "associated" : "unassociated");
    Attributes.put(r, "public_ip", address.publicIp());
    Attributes.put(r, "allocation_id", address.allocationId());
    Attributes.put(r, "associated", associated);
    Attributes.put(r, "association_id", address.associationId());
    Attributes.put(r, "instance_id", address.instanceId());
    Attributes.put(r, "network_interface_id", address.networkInterfaceId());
    Attributes.put(r, "private_ip", address.privateIpAddress());
    Attributes.put(r, "domain", address.domainAsString());
    return r;
  }

  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }
}
