package io.github.awsinventory.collector.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.ScopeStatus;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

class ErrorClassifierTest {

  @Test
  void throttling_isThrottledAndRetryable() {
    AwsServiceException e = aws(400, "ThrottlingException");

    assertThat(ErrorClassifier.status(e)).isEqualTo(ScopeStatus.THROTTLED);
    assertThat(ErrorClassifier.isRetryable(e)).isTrue();
    assertThat(ErrorClassifier.isRetryable(aws(503, "RequestLimitExceeded"))).isTrue();
  }

  @Test
  void accessDenied_isNeverRetried() {
    for (String code : new String[] {"AccessDenied", "AccessDeniedException", "UnauthorizedOperation"}) {
      AwsServiceException e = aws(403, code);
      assertThat(ErrorClassifier.status(e)).as(code).isEqualTo(ScopeStatus.ACCESS_DENIED);
      assertThat(ErrorClassifier.isRetryable(e)).as(code).isFalse();
    }
  }

  @Test
  void validationAndNotFound_areErrorsNotRetried() {
    assertThat(ErrorClassifier.status(aws(400, "ValidationException"))).isEqualTo(ScopeStatus.ERROR);
    assertThat(ErrorClassifier.isRetryable(aws(400, "ValidationException"))).isFalse();
    assertThat(ErrorClassifier.isRetryable(aws(404, "ResourceNotFoundException"))).isFalse();
  }

  @Test
  void serverErrorsIoAndTimeouts_areRetried() {
    assertThat(ErrorClassifier.isRetryable(aws(500, "InternalError"))).isTrue();
    assertThat(ErrorClassifier.isRetryable(SdkClientException.builder().message("Unable to execute HTTP request")
        .cause(new IOException("Connection reset")).build())).isTrue();
    assertThat(ErrorClassifier.status(ApiCallTimeoutException.create(1000))).isEqualTo(ScopeStatus.TIMEOUT);
    assertThat(ErrorClassifier.isRetryable(ApiCallTimeoutException.create(1000))).isTrue();
  }

  @Test
  void optInRequired_meansTheRegionIsDisabled() {
    assertThat(ErrorClassifier.status(aws(401, "OptInRequired"))).isEqualTo(ScopeStatus.REGION_DISABLED);
  }

  @Test
  void collectorSignals_areFoundInsideSdkWrappers() {
    SdkClientException wrappedTimeout = SdkClientException.builder().message("interceptor failed")
        .cause(new ScopeTimeoutException("a/b/c passed its timeout")).build();
    RequestNotPermitted limited = RequestNotPermitted.createRequestNotPermitted(RateLimiter.ofDefaults("x"));

    assertThat(ErrorClassifier.status(wrappedTimeout)).isEqualTo(ScopeStatus.TIMEOUT);
    assertThat(ErrorClassifier.isRetryable(wrappedTimeout)).isFalse();
    assertThat(ErrorClassifier.status(limited)).isEqualTo(ScopeStatus.THROTTLED);
    assertThat(ErrorClassifier.isRetryable(limited)).isTrue();
  }

  @Test
  void describe_namesServiceCodeStatusAndMessage() {
    assertThat(ErrorClassifier.describe(aws(403, "AccessDenied")))
        .isEqualTo("EC2 AccessDenied (HTTP 403): not allowed");
  }

  private static AwsServiceException aws(int status, String code) {
    return AwsServiceException.builder().statusCode(status).awsErrorDetails(AwsErrorDetails.builder()
        .errorCode(code).errorMessage("not allowed").serviceName("EC2").build()).build();
  }
}
