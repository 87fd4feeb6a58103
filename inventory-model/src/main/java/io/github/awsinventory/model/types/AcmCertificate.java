package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code acm_certificate}: An ACM certificate. Its attribute keys, through which collectors write and rules read, and
 * its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class AcmCertificate {

  /** {@code domain_name} (string): the certificate's primary domain. */
  public static final AttributeKey<String> DOMAIN_NAME = AttributeKey.string("domain_name",
      "the certificate's primary domain, such as `www.example.com`");

  /** {@code certificate_status} (string): {@code ISSUED}, {@code PENDING_VALIDATION}, {@code EXPIRED}, ... */
  public static final AttributeKey<String> STATUS = AttributeKey.string("certificate_status",
      "`ISSUED`, `PENDING_VALIDATION`, `EXPIRED`, `INACTIVE`, `REVOKED`, `FAILED` or `VALIDATION_TIMED_OUT`");

  /** {@code certificate_type} (string): {@code AMAZON_ISSUED}, {@code IMPORTED} or {@code PRIVATE}. */
  public static final AttributeKey<String> CERTIFICATE_TYPE = AttributeKey.string("certificate_type",
      "`AMAZON_ISSUED`, `IMPORTED` or `PRIVATE`");

  /** {@code not_after} (time): when the certificate expires; absent before it is issued. */
  public static final AttributeKey<Instant> NOT_AFTER = AttributeKey.time("not_after",
      "when the certificate expires; absent while it has not been issued");

  /** {@code in_use} (boolean): whether an AWS resource (load balancer, distribution, ...) uses it. */
  public static final AttributeKey<Boolean> IN_USE = AttributeKey.bool("in_use",
      "whether an AWS resource (a load balancer, a CloudFront distribution, ...) uses the certificate");

  /** {@code in_use_by} (list of strings): the ARNs of the resources that use it, sorted. */
  public static final AttributeKey<List<String>> IN_USE_BY = AttributeKey.stringList("in_use_by",
      "the ARNs of the resources that use it, sorted");

  /** {@code renewal_eligibility} (string): {@code ELIGIBLE} or {@code INELIGIBLE} for managed renewal. */
  public static final AttributeKey<String> RENEWAL_ELIGIBILITY = AttributeKey.string("renewal_eligibility",
      "`ELIGIBLE` or `INELIGIBLE` for ACM's managed renewal (imported certificates are never renewed by ACM)");

  /** {@code key_algorithm} (string): e.g. {@code RSA_2048}, {@code EC_prime256v1}. */
  public static final AttributeKey<String> KEY_ALGORITHM = AttributeKey.string("key_algorithm",
      "e.g. `RSA_2048`, `EC_prime256v1`");

  /** {@code creation_date} (time): when the certificate was requested or imported. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the certificate was requested (or, for an imported one, first imported)");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.ACM_CERTIFICATE)
      .description("An ACM certificate")
      .service("acm")
      .arnFormat("arn:<partition>:acm:<region>:<account>:certificate/<certificate id>")
      .attributes(DOMAIN_NAME, STATUS, CERTIFICATE_TYPE, NOT_AFTER, IN_USE, IN_USE_BY, RENEWAL_ELIGIBILITY,
          KEY_ALGORITHM, CREATION_DATE)
      .iamActions("acm:ListCertificates", "acm:DescribeCertificate", "acm:ListTagsForCertificate")
      .costModel("free when imported; other certificates unknown: Amazon-issued ones are free unless exportable (not "
          + "collected), private ones are billed by AWS Private CA", CERTIFICATE_TYPE)
      .build();

  private AcmCertificate() {}
}
