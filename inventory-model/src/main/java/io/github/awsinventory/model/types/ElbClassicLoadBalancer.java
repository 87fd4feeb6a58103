package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code elb_classic_load_balancer}: A Classic Load Balancer (Elastic Load Balancing v1). Its attribute keys, through
 * which collectors write and rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md}
 * is checked against them.
 */
public final class ElbClassicLoadBalancer {

  /** {@code scheme} (string): {@code internet-facing} or {@code internal}. */
  public static final AttributeKey<String> SCHEME = AttributeKey.string("scheme", "`internet-facing` or `internal`");

  /** {@code dns_name} (string): DNS name. */
  public static final AttributeKey<String> DNS_NAME = AttributeKey.string("dns_name", "DNS name");

  /** {@code vpc_id} (string): VPC id; absent for a load balancer in EC2-Classic. */
  public static final AttributeKey<String> VPC_ID = AttributeKey.string("vpc_id",
      "VPC id; absent for a load balancer in EC2-Classic");

  /** {@code availability_zones} (list of strings): zone names. */
  public static final AttributeKey<List<String>> AVAILABILITY_ZONES = AttributeKey.stringList("availability_zones",
      "zone names");

  /** {@code listeners} (list of maps): one per listener, see below. */
  public static final AttributeKey<List<Map<String, Object>>> LISTENERS = AttributeKey.mapList("listeners",
      "one per listener, see below",
      Listener.PROTOCOL,
      Listener.LOAD_BALANCER_PORT,
      Listener.INSTANCE_PROTOCOL,
      Listener.INSTANCE_PORT);

  /** {@code listener_protocols} (list of strings): the listeners' front-end protocols, sorted, each once. */
  public static final AttributeKey<List<String>> LISTENER_PROTOCOLS = AttributeKey.stringList("listener_protocols",
      "the listeners' front-end protocols (`HTTP`, `HTTPS`, `TCP`, `SSL`), sorted, each once");

  /** {@code registered_instance_count} (number): the EC2 instances registered with the load balancer. */
  public static final NumberKey REGISTERED_INSTANCE_COUNT = AttributeKey.number("registered_instance_count",
      "the EC2 instances registered with the load balancer, healthy or not");

  /** {@code cross_zone_load_balancing} (boolean): whether requests are spread over all zones' instances. */
  public static final AttributeKey<Boolean> CROSS_ZONE_LOAD_BALANCING = AttributeKey.bool(
      "cross_zone_load_balancing", "whether cross-zone load balancing is on");

  /** {@code created_time} (time): when the load balancer was created. */
  public static final AttributeKey<Instant> CREATED_TIME = AttributeKey.time("created_time",
      "when the load balancer was created");

  /** The entries of each {@link #LISTENERS} item. */
  public static final class Listener {
    /** {@code protocol} (string): the front-end protocol: {@code HTTP}, {@code HTTPS}, {@code TCP} or {@code SSL}. */
    public static final AttributeKey<String> PROTOCOL = AttributeKey.string("protocol",
        "the front-end protocol: `HTTP`, `HTTPS`, `TCP` or `SSL`");

    /** {@code load_balancer_port} (number): the port the load balancer listens on. */
    public static final NumberKey LOAD_BALANCER_PORT = AttributeKey.number("load_balancer_port",
        "the port the load balancer listens on");

    /** {@code instance_protocol} (string): the protocol to the instances. */
    public static final AttributeKey<String> INSTANCE_PROTOCOL = AttributeKey.string("instance_protocol",
        "the protocol to the instances");

    /** {@code instance_port} (number): the instances' port. */
    public static final NumberKey INSTANCE_PORT = AttributeKey.number("instance_port", "the instances' port");

    private Listener() {}
  }

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.ELB_CLASSIC_LOAD_BALANCER)
      .description("A Classic Load Balancer (Elastic Load Balancing v1)")
      .service("elasticloadbalancing")
      .arnFormat("arn:<partition>:elasticloadbalancing:<region>:<account>:loadbalancer/<name>")
      .attributes(SCHEME, DNS_NAME, VPC_ID, AVAILABILITY_ZONES, LISTENERS, LISTENER_PROTOCOLS,
          REGISTERED_INSTANCE_COUNT, CROSS_ZONE_LOAD_BALANCING, CREATED_TIME)
      .iamActions("elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeTags",
          "elasticloadbalancing:DescribeLoadBalancerAttributes")
      .costModel("classic load balancer hours (data processed is not priced)")
      .build();

  private ElbClassicLoadBalancer() {}
}
