package io.github.awsinventory.collector.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Sits in every client the collector builds: enforces the scope's deadline before a call, takes a permit
 * from the (account, region, service) rate limiter before every attempt, and counts calls and retries.
 */
final class CallInterceptor implements ExecutionInterceptor {

  private static final ExecutionAttribute<Integer> ATTEMPT = new ExecutionAttribute<>("inventory.attempt");

  private final RateLimiter limiter;
  private final RunAccumulator run;

  CallInterceptor(RateLimiter limiter, RunAccumulator run) {
    this.limiter = limiter;
    this.run = run;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    ScopeContext scope = ScopeContext.current();
    if (scope != null) {
      scope.checkDeadline();
    }
    attributes.putAttribute(ATTEMPT, 0);
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    Integer previous = attributes.getAttribute(ATTEMPT);
    int attempt = previous == null ? 1 : previous + 1;
    attributes.putAttribute(ATTEMPT, attempt);
    ScopeContext scope = ScopeContext.current();
    if (attempt > 1) {
      run.retried(scope == null ? "-" : scope.scope, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
          attempt);
    }
    if (limiter != null) {
      RateLimiter.waitForPermission(limiter);
    }
    run.apiCall();
    if (scope != null) {
      scope.apiCalls.incrementAndGet();
    }
  }
}
