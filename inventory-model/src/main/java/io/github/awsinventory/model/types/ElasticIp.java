package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;

/**
 * {@code elastic_ip}: An Elastic IP address. Its attribute keys, through which collectors write and rules read, and
 * its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class ElasticIp {

  /** {@code public_ip} (string): the address. */
  public static final AttributeKey<String> PUBLIC_IP = AttributeKey.string("public_ip", "the address");

  /** {@code allocation_id} (string): allocation id of the address. */
  public static final AttributeKey<String> ALLOCATION_ID = AttributeKey.string("allocation_id",
      "allocation id of the address");

  /** {@code associated} (boolean): associated with an instance or network interface. */
  public static final AttributeKey<Boolean> ASSOCIATED = AttributeKey.bool("associated",
      "associated with an instance or network interface");

  /** {@code association_id} (string): association id, when associated. */
  public static final AttributeKey<String> ASSOCIATION_ID = AttributeKey.string("association_id",
      "association id, when associated");

  /** {@code instance_id} (string): instance it is associated with. */
  public static final AttributeKey<String> INSTANCE_ID = AttributeKey.string("instance_id",
      "instance it is associated with");

  /** {@code network_interface_id} (string): network interface it is associated with. */
  public static final AttributeKey<String> NETWORK_INTERFACE_ID = AttributeKey.string("network_interface_id",
      "network interface it is associated with");

  /** {@code private_ip} (string): private address it maps to. */
  public static final AttributeKey<String> PRIVATE_IP = AttributeKey.string("private_ip", "private address it maps to");

  /** {@code domain} (string): {@code vpc} (or {@code standard}). */
  public static final AttributeKey<String> DOMAIN = AttributeKey.string("domain", "`vpc` (or `standard`)");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.ELASTIC_IP)
      .description("An Elastic IP address")
      .service("ec2")
      .arnFormat("arn:<partition>:ec2:<region>:<account>:elastic-ip/<allocation id>")
      .attributes(PUBLIC_IP, ALLOCATION_ID, ASSOCIATED, ASSOCIATION_ID, INSTANCE_ID, NETWORK_INTERFACE_ID, PRIVATE_IP,
          DOMAIN)
      .iamActions("ec2:DescribeAddresses")
      .costModel("public IPv4 address hours")
      .build();

  private ElasticIp() {}
}
