package io.github.awsinventory.cli.internal;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns exceptions into one-line messages that say what failed and what to do. */
final class ErrorMessages {

  private ErrorMessages() {}

  static String describe(Throwable e, URI endpoint) {
    if (e instanceof AwsServiceException) {
      AwsServiceException aws = (AwsServiceException) e;
      AwsErrorDetails details = aws.awsErrorDetails();
      String code = details == null || details.errorCode() == null ? "" : details.errorCode();
      String service = details == null || details.serviceName() == null ? "AWS" : details.serviceName();
      String message = details == null || details.errorMessage() == null ? aws.getMessage() : details.errorMessage();
      String hint = "";
      if (aws.statusCode() == 403 || code.contains("AccessDenied") || code.contains("Unauthorized")) {
        hint = " — the credentials lack permission; see docs/OPERATIONS.md for the policy";
      } else if (code.contains("ExpiredToken") || code.contains("InvalidClientTokenId")) {
        hint = " — the credentials are invalid or expired; refresh them (e.g. aws sso login)";
      }
      return service + (code.isEmpty() ? "" : " " + code) + " (HTTP " + aws.statusCode() + "): " + message + hint;
    }
    if (e instanceof SdkClientException) {
      Throwable root = rootCause(e);
      if (root instanceof ConnectException || root instanceof UnknownHostException) {
        return "cannot reach " + (endpoint != null ? endpoint : "AWS") + ": " + root.getMessage()
            + (endpoint != null ? " — is the emulator running? (./inventory demo starts one)" : "");
      }
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.contains("Unable to load credentials")) {
        return "no AWS credentials found — set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or pass --profile";
      }
      if (message.contains("Unable to load region")) {
        return "no AWS region — pass --region or set AWS_REGION";
      }
      return message;
    }
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    Throwable cause = e.getCause();
    if (cause instanceof AwsServiceException || cause instanceof SdkClientException) {
      message.append(" (").append(describe(cause, endpoint)).append(')');
    }
    return message.toString();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable current = e;
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
    }
    return current;
  }
}
