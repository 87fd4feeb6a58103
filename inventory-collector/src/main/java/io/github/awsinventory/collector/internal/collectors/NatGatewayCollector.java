package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
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
public final class NatGatewayCollector implements ResourceCollector {

  @Override
  public ResourceType type() {
    return ResourceType.NAT_GATEWAY;
  }

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public List<String> iamActions() {
    return List.of("ec2:DescribeNatGateways");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (NatGateway gateway : ec2.describeNatGatewaysPaginator(r -> r.maxResults(1000)).natGateways()) {
      if (gateway.state() == NatGatewayState.DELETED) {
        continue;
      }
      sink.accept(resource(context, gateway));
    }
  }

  private static Resource.Builder resource(CollectionContext context, NatGateway gateway) {
    Map<String, String> tags = Attributes.tags(gateway.tags(), Tag::key, Tag::value);
    Resource.Builder r = context.newResource(context.arn("ec2", "natgateway/" + gateway.natGatewayId()),
        Attributes.name(tags, gateway.natGatewayId())).tags(tags);
    if (gateway.stateAsString() != null) {
      r.state(gateway.stateAsString());
    }
    if (gateway.createTime() != null) {
      r.createdAt(gateway.createTime());
    }
    Attributes.put(r, "vpc_id", gateway.vpcId());
    Attributes.put(r, "subnet_id", gateway.subnetId());
    Attributes.put(r, "connectivity_type", gateway.connectivityTypeAsString());
    Attributes.put(r, "public_ips", gateway.natGatewayAddresses().stream().map(NatGatewayAddress::publicIp)
        .filter(Objects::nonNull).collect(Collectors.toList()));
    Attributes.put(r, "private_ips", gateway.natGatewayAddresses().stream().map(NatGatewayAddress::privateIp)
        .filter(Objects::nonNull).collect(Collectors.toList()));
    Attributes.put(r, "create_time", gateway.createTime());
    return r;
  }
}
