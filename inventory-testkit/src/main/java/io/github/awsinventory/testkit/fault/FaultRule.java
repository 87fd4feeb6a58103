package io.github.awsinventory.testkit.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What to inject, into which calls, how often. Build one with a static factory and narrow it:
 *
 * <pre>{@code
 * FaultRule.throttling().service("ec2").operation("DescribeInstances").account("111111111111")
 *     .region("eu-west-1").probability(0.2).build();
 * FaultRule.accessDenied().service("sts").operation("AssumeRole").account("222222222222").build();
 * FaultRule.unprocessedItems(0.5).times(3).build();
 * }</pre>
 *
 * <p>Unset matchers match everything. A rule fires on a matching call with its probability (decided
 * reproducibly from the injector's seed), after skipping its first {@link Builder#afterMatches} matches,
 * and at most {@link Builder#times} times.
 */
public final class FaultRule {

  /** The kinds of fault. */
  public enum Kind {
    /** A throttling error in the service's own protocol and code. */
    THROTTLING,
    /** A 5xx error. */
    SERVER_ERROR,
    /** An access-denied error. */
    ACCESS_DENIED,
    /** An error with a given status and code. */
    ERROR,
    /** Added latency; the call then proceeds (and other rules may still fire). */
    LATENCY,
    /** The connection is reset before a response. */
    CONNECTION_RESET,
    /** Part of a DynamoDB BatchWriteItem is returned as {@code UnprocessedItems}. */
    UNPROCESSED_ITEMS
  }

  private final Kind kind;
  private final String service;
  private final String operation;
  private final String accountId;
  private final String region;
  private final double probability;
  private final int times;
  private final int afterMatches;
  private final int status;
  private final String code;
  private final Duration latency;
  private final double fraction;
  private final String name;
  final AtomicInteger matches = new AtomicInteger();
  final AtomicInteger injected = new AtomicInteger();

  private FaultRule(Builder b) {
    this.kind = b.kind;
    this.service = b.service;
    this.operation = b.operation;
    this.accountId = b.accountId;
    this.region = b.region;
    this.probability = b.probability;
    this.times = b.times;
    this.afterMatches = b.afterMatches;
    this.status = b.status;
    this.code = b.code;
    this.latency = b.latency;
    this.fraction = b.fraction;
    this.name = b.name != null ? b.name : describe();
  }

  /**
   * A throttling error in the service's protocol: {@code RequestLimitExceeded} for EC2,
   * {@code ProvisionedThroughputExceededException} for DynamoDB, {@code SlowDown} for S3,
   * {@code TooManyRequestsException} for Lambda and Organizations, {@code Throttling} otherwise.
   *
   * @return a builder
   */
  public static Builder throttling() {
    return new Builder(Kind.THROTTLING);
  }

  /**
   * A 5xx error in the service's protocol (500 unless {@link Builder#status} says otherwise).
   *
   * @return a builder
   */
  public static Builder serverError() {
    return new Builder(Kind.SERVER_ERROR).status(500);
  }

  /**
   * An access-denied error in the service's protocol.
   *
   * @return a builder
   */
  public static Builder accessDenied() {
    return new Builder(Kind.ACCESS_DENIED);
  }

  /**
   * An error with a given HTTP status and error code.
   *
   * @param status the HTTP status
   * @param code the AWS error code
   * @return a builder
   */
  public static Builder error(int status, String code) {
    return new Builder(Kind.ERROR).status(status).code(code);
  }

  /**
   * Added latency before the call proceeds.
   *
   * @param latency the delay
   * @return a builder
   */
  public static Builder latency(Duration latency) {
    Builder builder = new Builder(Kind.LATENCY);
    builder.latency = Objects.requireNonNull(latency, "latency");
    return builder;
  }

  /**
   * A connection reset before any response.
   *
   * @return a builder
   */
  public static Builder connectionReset() {
    return new Builder(Kind.CONNECTION_RESET);
  }

  /**
   * Part of a DynamoDB BatchWriteItem request is not written and comes back as {@code UnprocessedItems}.
   *
   * @param fraction the share of write requests withheld, in (0, 1]
   * @return a builder (already narrowed to {@code dynamodb:BatchWriteItem})
   */
  public static Builder unprocessedItems(double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1] (was " + fraction + ")");
    }
    Builder builder = new Builder(Kind.UNPROCESSED_ITEMS).service("dynamodb").operation("BatchWriteItem");
    builder.fraction = fraction;
    return builder;
  }

  boolean matches(AwsCall call) {
    return (service == null || service.equals(call.service()))
        && (operation == null || operation.equals(call.operation()))
        && (accountId == null || accountId.equals(call.accountId()))
        && (region == null || region.equals(call.region()));
  }

  /**
   * The kind of fault.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  double probability() {
    return probability;
  }

  int times() {
    return times;
  }

  int afterMatches() {
    return afterMatches;
  }

  /**
   * The HTTP status of an error fault.
   *
   * @return the status, 0 for the protocol's default
   */
  public int status() {
    return status;
  }

  /**
   * The error code of an error or throttling fault.
   *
   * @return the code, or null for the service's default
   */
  public String code() {
    return code;
  }

  /**
   * The latency of a latency fault.
   *
   * @return the latency, or null
   */
  public Duration latency() {
    return latency;
  }

  /**
   * The share of write requests an unprocessed-items fault withholds.
   *
   * @return the fraction
   */
  public double fraction() {
    return fraction;
  }

  /**
   * How many times this rule has fired.
   *
   * @return the count
   */
  public int injectedCount() {
    return injected.get();
  }

  @Override
  public String toString() {
    return name;
  }

  private String describe() {
    StringBuilder sb = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT));
    if (code != null) {
      sb.append(' ').append(code);
    }
    if (latency != null) {
      sb.append(' ').append(latency.toMillis()).append("ms");
    }
    sb.append(" on ").append(service == null ? "*" : service).append(':').append(operation == null ? "*" : operation)
        .append(' ').append(accountId == null ? "*" : accountId).append('/').append(region == null ? "*" : region);
    return sb.toString();
  }

  /** Builds a {@link FaultRule}. */
  public static final class Builder {
    private final Kind kind;
    private String service;
    private String operation;
    private String accountId;
    private String region;
    private double probability = 1.0;
    private int times = Integer.MAX_VALUE;
    private int afterMatches;
    private int status;
    private String code;
    private Duration latency;
    private double fraction;
    private String name;

    private Builder(Kind kind) {
      this.kind = kind;
    }

    /**
     * Only calls to this service (its signing name: {@code ec2}, {@code dynamodb}, {@code s3},
     * {@code sts}, {@code elasticloadbalancing}, ...).
     *
     * @param service the signing name
     * @return this builder
     */
    public Builder service(String service) {
      this.service = service;
      return this;
    }

    /**
     * Only calls of this operation, e.g. {@code DescribeInstances}.
     *
     * @param operation the operation name
     * @return this builder
     */
    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    /**
     * Only calls acting in this account (for AssumeRole: into this account).
     *
     * @param accountId the 12-digit account
     * @return this builder
     */
    public Builder account(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /**
     * Only calls signed for this region.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * The chance that a matching call gets the fault.
     *
     * @param probability in [0, 1]; default 1
     * @return this builder
     */
    public Builder probability(double probability) {
      if (!(probability >= 0 && probability <= 1)) {
        throw new IllegalArgumentException("probability must be in [0, 1] (was " + probability + ")");
      }
      this.probability = probability;
      return this;
    }

    /**
     * Fire at most this many times.
     *
     * @param times at least 1; default unlimited
     * @return this builder
     */
    public Builder times(int times) {
      if (times < 1) {
        throw new IllegalArgumentException("times must be >= 1 (was " + times + ")");
      }
      this.times = times;
      return this;
    }

    /**
     * Let this many matching calls through before firing.
     *
     * @param matches at least 0; default 0
     * @return this builder
     */
    public Builder afterMatches(int matches) {
      if (matches < 0) {
        throw new IllegalArgumentException("afterMatches must be >= 0 (was " + matches + ")");
      }
      this.afterMatches = matches;
      return this;
    }

    /**
     * The HTTP status of an error fault.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /**
     * The AWS error code of an error or throttling fault.
     *
     * @param code e.g. {@code ThrottlingException}
     * @return this builder
     */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /**
     * A name for messages and {@code toString()}.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     */
    public FaultRule build() {
      return new FaultRule(this);
    }
  }
}
