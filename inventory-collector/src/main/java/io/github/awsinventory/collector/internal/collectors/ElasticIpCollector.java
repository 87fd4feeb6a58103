package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.ElasticIp;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * {@code elastic_ip}: DescribeAddresses, which has no pagination — one call returns every address of the
 * region (at most a few per account, by quota).
 */
public final class ElasticIpCollector implements ItemCollector<Address> {

  @Override
  public TypeDescriptor descriptor() {
    return ElasticIp.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Address>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<Address> items) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (Address address : ec2.describeAddresses().addresses()) {
      resource(context, items, address);
    }
  }

  private static Resource.Builder resource(CollectionContext context, ListedItems<Address> items, Address address) {
    Map<String, String> tags = Attributes.tags(address.tags(), Tag::key, Tag::value);
    String id = present(address.allocationId()) ? address.allocationId() : address.publicIp();
    boolean associated = present(address.associationId()) || present(address.instanceId())
        || present(address.networkInterfaceId());
    Resource.Builder r = items.add(address, context.arn("ec2", "elastic-ip/" + id), Attributes.name(tags, id))
        .tags(tags).state(associated ? "associated" : "unassociated");
    ElasticIp.PUBLIC_IP.put(r, address.publicIp());
    ElasticIp.ALLOCATION_ID.put(r, address.allocationId());
    ElasticIp.ASSOCIATED.put(r, associated);
    ElasticIp.ASSOCIATION_ID.put(r, address.associationId());
    ElasticIp.INSTANCE_ID.put(r, address.instanceId());
    ElasticIp.NETWORK_INTERFACE_ID.put(r, address.networkInterfaceId());
    ElasticIp.PRIVATE_IP.put(r, address.privateIpAddress());
    ElasticIp.DOMAIN.put(r, address.domainAsString());
    return r;
  }

  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }
}
