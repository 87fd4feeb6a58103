package io.github.awsinventory.testkit.estate;

/**
 * A resource that needs only a name and tags: a secret (never rotated, {@link Traits#NO_ROTATION}), an ACM
 * certificate (requested for the name as its domain, in use by nothing, {@link Traits#UNUSED}), an ElastiCache
 * cluster (one {@code cache.t3.micro} Redis node in a replication group of its own, unencrypted), a Step Functions
 * state machine (one Pass state, without logging), or an API Gateway REST or HTTP API (without stages,
 * {@link Traits#EMPTY}).
 */
public final class ServiceResourceSpec extends ResourceSpec<ServiceResourceSpec> {

  ServiceResourceSpec() {}
}
