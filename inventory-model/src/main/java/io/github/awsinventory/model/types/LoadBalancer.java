package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code load_balancer}: An Elastic Load Balancing v2 load balancer (application, network or gateway). Its attribute
 * keys, through which collectors write and rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code
 * docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class LoadBalancer {

  /** {@code lb_type} (string): {@code application}, {@code network} or {@code gateway}. */
  public static final AttributeKey<String> LB_TYPE = AttributeKey.string("lb_type",
      "`application`, `network` or `gateway`");

  /** {@code scheme} (string): {@code internet-facing} or {@code internal}. */
  public static final AttributeKey<String> SCHEME = AttributeKey.string("scheme", "`internet-facing` or `internal`");

  /** {@code dns_name} (string): DNS name. */
  public static final AttributeKey<String> DNS_NAME = AttributeKey.string("dns_name", "DNS name");

  /** {@code vpc_id} (string): VPC id. */
  public static final AttributeKey<String> VPC_ID = AttributeKey.string("vpc_id", "VPC id");

  /** {@code availability_zones} (list of strings): zone names. */
  public static final AttributeKey<List<String>> AVAILABILITY_ZONES = AttributeKey.stringList("availability_zones",
      "zone names");

  /** {@code security_groups} (list of strings): security group ids (empty for most network load balancers). */
  public static final AttributeKey<List<String>> SECURITY_GROUPS = AttributeKey.stringList("security_groups",
      "security group ids (empty for most network load balancers)");

  /** {@code ip_address_type} (string): {@code ipv4}, {@code dualstack}, ... */
  public static final AttributeKey<String> IP_ADDRESS_TYPE = AttributeKey.string("ip_address_type",
      "`ipv4`, `dualstack`, ...");

  /** {@code created_time} (time): when the load balancer was created. */
  public static final AttributeKey<Instant> CREATED_TIME = AttributeKey.time("created_time",
      "when the load balancer was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.LOAD_BALANCER)
      .description("An Elastic Load Balancing v2 load balancer (application, network or gateway)")
      .service("elasticloadbalancing")
      .arnFormat(
          "arn:<partition>:elasticloadbalancing:<region>:<account>:loadbalancer/<app, net or gwy>/<name>/<id>")
      .attributes(LB_TYPE, SCHEME, DNS_NAME, VPC_ID, AVAILABILITY_ZONES, SECURITY_GROUPS, IP_ADDRESS_TYPE,
          CREATED_TIME)
      .iamActions("elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeTags")
      .costModel("load balancer hours by type (capacity units are not priced)", LB_TYPE)
      .build();

  private LoadBalancer() {}
}
