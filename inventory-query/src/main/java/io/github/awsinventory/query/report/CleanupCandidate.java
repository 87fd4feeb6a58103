package io.github.awsinventory.query.report;

import io.github.awsinventory.query.render.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A resource that is probably waste, why, and what removing it would save per month. */
public final class CleanupCandidate {

  /** Why a resource is a candidate. */
  public enum Reason {
    /** An EBS volume attached to nothing. */
    UNATTACHED_VOLUME,
    /** An Elastic IP associated with nothing. */
    UNASSOCIATED_ELASTIC_IP,
    /** An instance stopped for longer than {@code idle_resource_days}. */
    IDLE_INSTANCE,
    /** A snapshot older than {@code stale_resource_days}. */
    OLD_SNAPSHOT,
    /** A resource the collector has not seen for {@code not_seen_days}. */
    NOT_SEEN,
    /** A customer managed KMS key that is disabled: it is billed like an enabled key but cannot be used. */
    DISABLED_KMS_KEY,
    /**
     * A Secrets Manager secret not retrieved for 90 days (or never, and created more than 90 days ago); secrets
     * managed by another service and secrets scheduled for deletion are not listed.
     */
    UNUSED_SECRET,
    /**
     * A CloudWatch Logs log group without a retention setting that stores events: they are kept, and billed, for
     * ever; empty groups are not listed.
     */
    LOG_GROUP_WITHOUT_RETENTION,
    /** An ECR repository without images. */
    EMPTY_ECR_REPOSITORY,
    /** An AMI the account owns, created more than {@code stale_resource_days} ago. */
    OLD_IMAGE,
    /** An Auto Scaling group whose desired capacity is 0. */
    EMPTY_AUTOSCALING_GROUP,
    /** A Classic Load Balancer with no registered instances. */
    IDLE_CLASSIC_LOAD_BALANCER,
    /** A manual RDS DB snapshot older than {@code stale_resource_days}. */
    OLD_RDS_SNAPSHOT,
    /** An IAM role, not service-linked, last used (or, never used, created) over {@code idle_resource_days} ago. */
    UNUSED_IAM_ROLE,
    /** A customer managed IAM policy attached to nothing and the permissions boundary of nothing. */
    UNATTACHED_IAM_POLICY,
    /** An issued ACM certificate that no AWS resource uses. */
    UNUSED_CERTIFICATE,
    /** An ECS cluster without services, tasks or container instances. */
    EMPTY_ECS_CLUSTER,
    /** An ECS service scaled to a desired count of zero. */
    IDLE_ECS_SERVICE,
    /** An EFS file system without mount targets. */
    UNMOUNTED_FILE_SYSTEM,
    /** An SNS topic without subscriptions, confirmed or pending. */
    UNUSED_SNS_TOPIC,
    /** An API Gateway REST API without stages: it is deployed nowhere and serves no request. */
    REST_API_WITHOUT_STAGES,
    /** An API Gateway HTTP or WebSocket API without stages: it is deployed nowhere and serves no request. */
    V2_API_WITHOUT_STAGES,
    /** A Route 53 hosted zone with only the SOA and NS records it was created with. */
    EMPTY_HOSTED_ZONE,
    /** A CloudFront distribution that is disabled, so that it serves no request. */
    DISABLED_DISTRIBUTION;

    /**
     * The reason as written in JSON and CSV.
     *
     * @return e.g. {@code unattached_volume}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Reason reason;
  private final ResourceRef resource;
  private final String detail;
  private final Long ageDays;
  private final BigDecimal monthlySavings;

  CleanupCandidate(Reason reason, ResourceRef resource, String detail, Long ageDays, BigDecimal monthlySavings) {
    this.reason = reason;
    this.resource = resource;
    this.detail = detail;
    this.ageDays = ageDays;
    this.monthlySavings = monthlySavings;
  }

  /**
   * Why.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The resource.
   *
   * @return the resource
   */
  public ResourceRef resource() {
    return resource;
  }

  /**
   * The facts behind the reason, e.g. {@code stopped since 2026-09-01 (85 days)}.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * How many days the condition has lasted, where that is known.
   *
   * @return days
   */
  public Optional<Long> ageDays() {
    return Optional.ofNullable(ageDays);
  }

  /**
   * What removing the resource would save per month.
   *
   * @return USD per month; empty when unknown
   */
  public Optional<BigDecimal> monthlySavings() {
    return Optional.ofNullable(monthlySavings);
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("reason", reason.id());
    json.put("resource", resource.toJson());
    json.put("detail", detail);
    json.put("age_days", ageDays);
    json.put("monthly_savings", Money.round(monthlySavings));
    return json;
  }
}
