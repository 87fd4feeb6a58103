package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.model.types.NatGateway.CONNECTIVITY_TYPE;
import static io.github.awsinventory.model.types.NatGateway.CREATE_TIME;
import static io.github.awsinventory.model.types.NatGateway.DESCRIPTOR;
import static io.github.awsinventory.model.types.NatGateway.PRIVATE_IPS;
import static io.github.awsinventory.model.types.NatGateway.PUBLIC_IPS;
import static io.github.awsinventory.model.types.NatGateway.SUBNET_ID;
import static io.github.awsinventory.model.types.NatGateway.VPC_ID;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.NatGatewayAddress;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;
import software.amazon.awssdk.services.ec2.model.Tag;

/** {@code nat_gateway}: DescribeNatGateways, 1000 per page. Deleted gateways (listed for about an hour) are gone. */
public final class NatGatewayCollector implements ItemCollector<NatGateway> {

  @Override
  public TypeDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<DetailStep<NatGateway>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<NatGateway> items) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (NatGateway gateway : ec2.describeNatGatewaysPaginator(r -> r.maxResults(1000)).natGateways()) {
      if (gateway.state() == NatGatewayState.DELETED) {
        continue;
      }
      resource(context, items, gateway);
    }
  }

  private static Resource.Builder resource(CollectionContext context, ListedItems<NatGateway> items,
      NatGateway gateway) {
    Map<String, String> tags = Attributes.tags(gateway.tags(), Tag::key, Tag::value);
    Resource.Builder r = items.add(gateway, context.arn("ec2", "natgateway/" + gateway.natGatewayId()),
        Attributes.name(tags, gateway.natGatewayId())).tags(tags);
    if (gateway.stateAsString() != null) {
      r.state(gateway.stateAsString());
    }
    if (gateway.createTime() != null) {
      r.createdAt(gateway.createTime());
    }
    VPC_ID.put(r, gateway.vpcId());
    SUBNET_ID.put(r, gateway.subnetId());
    CONNECTIVITY_TYPE.put(r, gateway.connectivityTypeAsString());
    PUBLIC_IPS.put(r, gateway.natGatewayAddresses().stream().map(NatGatewayAddress::publicIp)
        .filter(Objects::nonNull).collect(Collectors.toList()));
    PRIVATE_IPS.put(r, gateway.natGatewayAddresses().stream().map(NatGatewayAddress::privateIp)
        .filter(Objects::nonNull).collect(Collectors.toList()));
    CREATE_TIME.put(r, gateway.createTime());
    return r;
  }
}
