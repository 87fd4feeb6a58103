package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code cloudfront_distribution}: A CloudFront distribution (region global). Its attribute keys, through which
 * collectors write and rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is
 * checked against them.
 */
public final class CloudFrontDistribution {

  /** {@code distribution_id} (string): the distribution's id. */
  public static final AttributeKey<String> DISTRIBUTION_ID = AttributeKey.string("distribution_id",
      "the distribution's id, such as `E2ABCDEFGHIJKL`");

  /** {@code domain_name} (string): the distribution's {@code cloudfront.net} domain name. */
  public static final AttributeKey<String> DOMAIN_NAME = AttributeKey.string("domain_name",
      "the distribution's own domain name, such as `d111111abcdef8.cloudfront.net`");

  /** {@code enabled} (boolean): whether the distribution serves requests. */
  public static final AttributeKey<Boolean> ENABLED = AttributeKey.bool("enabled",
      "whether the distribution is enabled, so that it serves requests");

  /** {@code aliases} (string list): the alternate domain names (CNAMEs). */
  public static final AttributeKey<List<String>> ALIASES = AttributeKey.stringList("aliases",
      "the alternate domain names (CNAMEs) the distribution answers for");

  /** {@code viewer_protocol_policies} (string list): of the default, then each ordered, cache behaviour. */
  public static final AttributeKey<List<String>> VIEWER_PROTOCOL_POLICIES = AttributeKey.stringList(
      "viewer_protocol_policies",
      "the viewer protocol policy of the default cache behaviour, then of each ordered cache behaviour in order: "
          + "`allow-all`, `redirect-to-https` or `https-only`");

  /** {@code minimum_protocol_version} (string): the viewer certificate's security policy. */
  public static final AttributeKey<String> MINIMUM_PROTOCOL_VERSION = AttributeKey.string(
      "minimum_protocol_version",
      "the viewer certificate's security policy, the oldest TLS version viewers may use, such as `TLSv1.2_2021`");

  /** {@code default_certificate} (boolean): the distribution uses the {@code *.cloudfront.net} certificate. */
  public static final AttributeKey<Boolean> DEFAULT_CERTIFICATE = AttributeKey.bool("default_certificate",
      "whether viewers get CloudFront's `*.cloudfront.net` certificate rather than one of the account's (ACM or IAM); "
          + "with it, the security policy is always `TLSv1` and cannot be changed");

  /** {@code waf_enabled} (boolean): whether an AWS WAF web ACL is associated with the distribution. */
  public static final AttributeKey<Boolean> WAF_ENABLED = AttributeKey.bool("waf_enabled",
      "whether an AWS WAF web ACL is associated with the distribution (`WebACLId` is not empty)");

  /** {@code web_acl_id} (string): the associated AWS WAF web ACL; absent when none is. */
  public static final AttributeKey<String> WEB_ACL_ID = AttributeKey.string("web_acl_id",
      "the AWS WAF web ACL associated with the distribution (an ARN for WAFv2, an id for WAF Classic); absent when "
          + "none is");

  /** {@code logging_enabled} (boolean): whether standard access logs go to an S3 bucket. */
  public static final AttributeKey<Boolean> LOGGING_ENABLED = AttributeKey.bool("logging_enabled",
      "whether standard (legacy) access logging to an S3 bucket is on (`Logging` of the distribution's "
          + "configuration)");

  /** {@code origin_protocol_policies} (string list): the protocol policy of each custom origin. */
  public static final AttributeKey<List<String>> ORIGIN_PROTOCOL_POLICIES = AttributeKey.stringList(
      "origin_protocol_policies",
      "the protocol CloudFront uses to reach each custom origin, in order: `http-only`, `match-viewer` or "
          + "`https-only`; S3 and VPC origins are not listed");

  /** {@code default_root_object} (string): the object served for the root URL; absent when none. */
  public static final AttributeKey<String> DEFAULT_ROOT_OBJECT = AttributeKey.string("default_root_object",
      "the object returned for a request of the root URL, such as `index.html`; absent when none is set");

  /** {@code price_class} (string): which edge locations serve the distribution. */
  public static final AttributeKey<String> PRICE_CLASS = AttributeKey.string("price_class",
      "the edge locations that serve the distribution: `PriceClass_All`, `PriceClass_200` or `PriceClass_100`");

  /** {@code last_modified_time} (time): when the distribution was last changed. */
  public static final AttributeKey<Instant> LAST_MODIFIED_TIME = AttributeKey.time("last_modified_time",
      "when the distribution's configuration was last changed");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.CLOUDFRONT_DISTRIBUTION)
      .description("A CloudFront distribution (region global)")
      .service("cloudfront")
      .global(true)
      .arnFormat("arn:<partition>:cloudfront::<account>:distribution/<id>")
      .attributes(DISTRIBUTION_ID, DOMAIN_NAME, ENABLED, ALIASES, VIEWER_PROTOCOL_POLICIES, MINIMUM_PROTOCOL_VERSION,
          DEFAULT_CERTIFICATE, WAF_ENABLED, WEB_ACL_ID, LOGGING_ENABLED, ORIGIN_PROTOCOL_POLICIES, DEFAULT_ROOT_OBJECT, PRICE_CLASS,
          LAST_MODIFIED_TIME)
      .iamActions("cloudfront:ListDistributions", "cloudfront:GetDistributionConfig",
          "cloudfront:ListTagsForResource")
      .costModel("unknown: billed by requests and data transfer out")
      .build();

  private CloudFrontDistribution() {}
}
