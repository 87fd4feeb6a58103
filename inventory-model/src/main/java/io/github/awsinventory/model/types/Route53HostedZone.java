package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;

/**
 * {@code route53_hosted_zone}: A Route 53 hosted zone, public or private (region global). Its attribute keys,
 * through which collectors write and rules read, and its {@link #DESCRIPTOR catalogue entry};
 * {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class Route53HostedZone {

  /** {@code zone_id} (string): the zone's id without the {@code /hostedzone/} prefix. */
  public static final AttributeKey<String> ZONE_ID = AttributeKey.string("zone_id",
      "the zone's id, such as `Z0123456789ABCDEFGHIJ` (without the `/hostedzone/` prefix)");

  /** {@code domain_name} (string): the zone's domain name, as Route 53 writes it (with the final dot). */
  public static final AttributeKey<String> DOMAIN_NAME = AttributeKey.string("domain_name",
      "the zone's domain name as Route 53 writes it, with the final dot (`example.com.`)");

  /** {@code private_zone} (boolean): a private zone, which answers only in its associated VPCs. */
  public static final AttributeKey<Boolean> PRIVATE_ZONE = AttributeKey.bool("private_zone",
      "whether the zone is private (answers only in the VPCs associated with it) rather than public");

  /** {@code record_count} (number): the zone's record sets, its SOA and NS records included. */
  public static final NumberKey RECORD_COUNT = AttributeKey.number("record_count",
      "the zone's record sets (`ResourceRecordSetCount`), the SOA and NS records that every zone has included");

  /** {@code comment} (string): the zone's comment; absent when it has none. */
  public static final AttributeKey<String> COMMENT = AttributeKey.string("comment",
      "the zone's comment; absent when it has none");

  /** {@code query_logging} (boolean): whether DNS query logging to CloudWatch Logs is configured. */
  public static final AttributeKey<Boolean> QUERY_LOGGING = AttributeKey.bool("query_logging",
      "whether a query logging configuration sends the zone's DNS queries to CloudWatch Logs (only public zones "
          + "have one: a private zone's queries are logged by Resolver query logging, which is not read)");

  /** {@code dnssec_status} (string): the zone's DNSSEC signing status; public zones only. */
  public static final AttributeKey<String> DNSSEC_STATUS = AttributeKey.string("dnssec_status",
      "the zone's DNSSEC signing (`ServeSignature` of `GetDNSSEC`): `SIGNING`, `NOT_SIGNING`, `DELETING` or "
          + "an error status such as `INTERNAL_FAILURE`; public zones only, absent for a private zone");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.ROUTE53_HOSTED_ZONE)
      .description("A Route 53 hosted zone (region global)")
      .service("route53")
      .global(true)
      .arnFormat("arn:<partition>:route53:::hostedzone/<id>")
      .attributes(ZONE_ID, DOMAIN_NAME, PRIVATE_ZONE, RECORD_COUNT, COMMENT, QUERY_LOGGING, DNSSEC_STATUS)
      .iamActions("route53:ListHostedZones", "route53:ListTagsForResources", "route53:ListQueryLoggingConfigs",
          "route53:GetDNSSEC")
      .costModel("one hosted zone-month (the price of the first 25 zones; queries are not priced)")
      .build();

  private Route53HostedZone() {}
}
