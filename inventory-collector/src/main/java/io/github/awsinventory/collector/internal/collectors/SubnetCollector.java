package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.model.types.Subnet.AVAILABILITY_ZONE;
import static io.github.awsinventory.model.types.Subnet.AVAILABLE_IP_ADDRESS_COUNT;
import static io.github.awsinventory.model.types.Subnet.CIDR_BLOCK;
import static io.github.awsinventory.model.types.Subnet.DEFAULT_FOR_AZ;
import static io.github.awsinventory.model.types.Subnet.DESCRIPTOR;
import static io.github.awsinventory.model.types.Subnet.MAP_PUBLIC_IP_ON_LAUNCH;
import static io.github.awsinventory.model.types.Subnet.SUBNET_ID;
import static io.github.awsinventory.model.types.Subnet.VPC_ID;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;

/** {@code subnet}: DescribeSubnets, 1000 per page; everything comes from the listing. */
public final class SubnetCollector implements ItemCollector<Subnet> {

  @Override
  public TypeDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Subnet>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<Subnet> items) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (Subnet subnet : ec2.describeSubnetsPaginator(r -> r.maxResults(1000)).subnets()) {
      resource(context, items, subnet);
    }
  }

  private static Resource.Builder resource(CollectionContext context, ListedItems<Subnet> items, Subnet subnet) {
    Map<String, String> tags = Attributes.tags(subnet.tags(), Tag::key, Tag::value);
    Resource.Builder r = items.add(subnet, context.arn("ec2", "subnet/" + subnet.subnetId()),
        Attributes.name(tags, subnet.subnetId())).tags(tags);
    if (subnet.stateAsString() != null) {
      r.state(subnet.stateAsString());
    }
    SUBNET_ID.put(r, subnet.subnetId());
    VPC_ID.put(r, subnet.vpcId());
    AVAILABILITY_ZONE.put(r, subnet.availabilityZone());
    CIDR_BLOCK.put(r, subnet.cidrBlock());
    MAP_PUBLIC_IP_ON_LAUNCH.put(r, subnet.mapPublicIpOnLaunch());
    AVAILABLE_IP_ADDRESS_COUNT.put(r, subnet.availableIpAddressCount());
    DEFAULT_FOR_AZ.put(r, subnet.defaultForAz());
    return r;
  }
}
