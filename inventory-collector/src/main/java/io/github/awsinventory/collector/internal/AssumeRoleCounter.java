package io.github.awsinventory.collector.internal;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Counts AssumeRole calls made by the base STS client. */
final class AssumeRoleCounter implements ExecutionInterceptor {
  private final RunAccumulator run;

  AssumeRoleCounter(RunAccumulator run) {
    this.run = run;
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    run.apiCall();
    if ("AssumeRole".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
      run.assumeRole();
    }
  }
}
