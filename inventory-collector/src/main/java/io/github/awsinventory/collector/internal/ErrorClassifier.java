package io.github.awsinventory.collector.internal;

import io.github.awsinventory.model.ScopeStatus;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Sorts errors into scope statuses and decides which are worth retrying: throttling, 5xx, timeouts and
 * I/O errors are; access denied, validation and not-found errors are not.
 */
final class ErrorClassifier {

  private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
      "UnauthorizedOperation", "AuthorizationError", "AuthFailure", "UnrecognizedClientException",
      "InvalidClientTokenId", "ExpiredToken", "ExpiredTokenException", "SignatureDoesNotMatch",
      "UnauthorizedAccess", "AWSOrganizationsNotInUseException", "AccessDeniedForDependencyException");
  private static final Set<String> CREDENTIAL_FAILURES = Set.of("ExpiredToken", "ExpiredTokenException",
      "InvalidClientTokenId", "UnrecognizedClientException", "RequestExpired");
  private static final Set<String> REGION_DISABLED = Set.of("OptInRequired", "InvalidRegion");

  private ErrorClassifier() {}

  static ScopeStatus status(Throwable error) {
    Throwable e = unwrap(error);
    if (e instanceof ScopeTimeoutException) {
      return ScopeStatus.TIMEOUT;
    }
    if (e instanceof CallNotPermittedException || e instanceof AccountUnavailableException) {
      return ScopeStatus.ACCESS_DENIED;
    }
    if (e instanceof RequestNotPermitted) {
      return ScopeStatus.THROTTLED;
    }
    if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
      return ScopeStatus.TIMEOUT;
    }
    if (e instanceof AwsServiceException) {
      AwsServiceException aws = (AwsServiceException) e;
      String code = code(aws);
      if (aws.isThrottlingException()) {
        return ScopeStatus.THROTTLED;
      }
      if (REGION_DISABLED.contains(code)) {
        return ScopeStatus.REGION_DISABLED;
      }
      if (ACCESS_DENIED.contains(code) || aws.statusCode() == 403) {
        return ScopeStatus.ACCESS_DENIED;
      }
    }
    return ScopeStatus.ERROR;
  }

  /**
   * Whether an error says the account's credentials no longer work (expired or revoked session, or a
   * refresh that AssumeRole refused): the account's circuit breaker opens on it.
   */
  static boolean isCredentialFailure(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AwsServiceException) {
        String code = code((AwsServiceException) t);
        if (CREDENTIAL_FAILURES.contains(code)) {
          return true;
        }
        if (t instanceof software.amazon.awssdk.services.sts.model.StsException) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isRetryable(Throwable error) {
    Throwable e = unwrap(error);
    if (e instanceof ScopeTimeoutException || e instanceof CallNotPermittedException
        || e instanceof AccountUnavailableException) {
      return false;
    }
    if (e instanceof RequestNotPermitted || e instanceof ApiCallTimeoutException
        || e instanceof ApiCallAttemptTimeoutException) {
      return true;
    }
    if (e instanceof AwsServiceException) {
      AwsServiceException aws = (AwsServiceException) e;
      return aws.isThrottlingException() || aws.statusCode() >= 500;
    }
    if (e instanceof SdkClientException) {
      return hasCause(e, IOException.class) || e.getMessage() != null
          && e.getMessage().contains("Unable to execute HTTP request");
    }
    return e instanceof IOException || e instanceof UncheckedIOException;
  }

  /**
   * A one-line description without credentials: the service's code and message, or the exception's message.
   */
  static String describe(Throwable error) {
    Throwable e = unwrap(error);
    if (e instanceof AwsServiceException) {
      AwsServiceException aws = (AwsServiceException) e;
      String service = aws.awsErrorDetails() == null ? "" : aws.awsErrorDetails().serviceName() + " ";
      String message = aws.awsErrorDetails() == null ? aws.getMessage() : aws.awsErrorDetails().errorMessage();
      return service + code(aws) + " (HTTP " + aws.statusCode() + "): " + message;
    }
    if (e instanceof SdkException || e.getMessage() != null) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName();
  }

  static String code(AwsServiceException aws) {
    return aws.awsErrorDetails() == null || aws.awsErrorDetails().errorCode() == null ? ""
        : aws.awsErrorDetails().errorCode();
  }

  /**
   * The error that matters: the collector's own signals and Resilience4j's refusals may arrive wrapped by
   * the SDK or by futures; AWS errors are taken as they are.
   */
  private static Throwable unwrap(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ScopeTimeoutException || t instanceof AccountUnavailableException
          || t instanceof CallNotPermittedException || t instanceof RequestNotPermitted
          || t instanceof AwsServiceException) {
        return t;
      }
    }
    Throwable e = error;
    while ((e instanceof java.util.concurrent.CompletionException
        || e instanceof java.util.concurrent.ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
