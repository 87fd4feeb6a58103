package io.github.awsinventory.testkit.internal;

import io.github.awsinventory.testkit.fault.FaultRule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpResponse;

/** Error responses as each AWS protocol sends them, so that the SDK parses them as the real thing. */
public final class ErrorResponses {

  private ErrorResponses() {}

  /**
   * The error response for a fault.
   *
   * @param rule the fault
   * @param service the service's signing name
   * @return the response
   */
  public static HttpExecuteResponse of(FaultRule rule, String service) {
    AwsRequests.Protocol protocol = AwsRequests.protocol(service);
    int status;
    String code;
    String message;
    switch (rule.kind()) {
      case THROTTLING:
        code = codeOf(rule) != null ? codeOf(rule) : throttlingCode(service);
        status = throttlingStatus(service);
        message = "Rate exceeded (injected)";
        break;
      case SERVER_ERROR:
        status = statusOf(rule, 500);
        code = codeOf(rule) != null ? codeOf(rule) : serverErrorCode(protocol, status);
        message = "We encountered an internal error. Please try again. (injected)";
        break;
      case ACCESS_DENIED:
        code = codeOf(rule) != null ? codeOf(rule) : accessDeniedCode(protocol);
        status = protocol == AwsRequests.Protocol.JSON ? 400 : 403;
        message = "User is not authorized to perform this operation (injected)";
        break;
      default:
        status = statusOf(rule, 400);
        code = codeOf(rule) != null ? codeOf(rule) : "InjectedError";
        message = "Injected error";
    }
    return build(protocol, status, code, message);
  }

  private static String codeOf(FaultRule rule) {
    return rule.code();
  }

  private static int statusOf(FaultRule rule, int fallback) {
    int status = rule.status();
    return status > 0 ? status : fallback;
  }

  private static String throttlingCode(String service) {
    switch (service) {
      case "ec2":
        return "RequestLimitExceeded";
      case "dynamodb":
        return "ProvisionedThroughputExceededException";
      case "s3":
        return "SlowDown";
      case "lambda":
      case "organizations":
        return "TooManyRequestsException";
      default:
        return AwsRequests.protocol(service) == AwsRequests.Protocol.JSON ? "ThrottlingException" : "Throttling";
    }
  }

  private static int throttlingStatus(String service) {
    switch (service) {
      case "ec2":
      case "s3":
        return 503;
      case "lambda":
        return 429;
      default:
        return 400;
    }
  }

  private static String serverErrorCode(AwsRequests.Protocol protocol, int status) {
    if (status == 503) {
      return protocol == AwsRequests.Protocol.EC2 ? "Unavailable" : "ServiceUnavailable";
    }
    switch (protocol) {
      case JSON:
        return "InternalServerError";
      case REST_JSON:
        return "ServiceException";
      case QUERY:
        return "InternalFailure";
      default:
        return "InternalError";
    }
  }

  private static String accessDeniedCode(AwsRequests.Protocol protocol) {
    switch (protocol) {
      case EC2:
        return "UnauthorizedOperation";
      case JSON:
      case REST_JSON:
        return "AccessDeniedException";
      default:
        return "AccessDenied";
    }
  }

  /**
   * Builds an error response.
   *
   * @param protocol the protocol
   * @param status the HTTP status
   * @param code the AWS error code
   * @param message the message
   * @return the response
   */
  public static HttpExecuteResponse build(AwsRequests.Protocol protocol, int status, String code, String message) {
    String requestId = UUID.randomUUID().toString();
    String body;
    String contentType;
    SdkHttpResponse.Builder response = SdkHttpResponse.builder().statusCode(status)
        .putHeader("x-amzn-RequestId", requestId);
    switch (protocol) {
      case JSON:
        contentType = "application/x-amz-json-1.0";
        body = "{\"__type\":\"" + code + "\",\"message\":\"" + message + "\"}";
        response.putHeader("x-amzn-ErrorType", code);
        break;
      case REST_JSON:
        contentType = "application/json";
        body = "{\"Type\":\"User\",\"message\":\"" + message + "\"}";
        response.putHeader("x-amzn-ErrorType", code);
        break;
      case EC2:
        contentType = "text/xml";
        body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>" + code + "</Code><Message>"
            + message + "</Message></Error></Errors><RequestID>" + requestId + "</RequestID></Response>";
        break;
      case REST_XML:
        contentType = "application/xml";
        body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
            + "</Message><RequestId>" + requestId + "</RequestId></Error>";
        break;
      case REST_XML_WRAPPED:
      default:
        contentType = "text/xml";
        body = "<ErrorResponse><Error><Type>" + (status >= 500 ? "Receiver" : "Sender") + "</Type><Code>" + code
            + "</Code><Message>" + message + "</Message></Error><RequestId>" + requestId + "</RequestId></ErrorResponse>";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.putHeader("Content-Type", contentType).putHeader("Content-Length", String.valueOf(bytes.length));
    return HttpExecuteResponse.builder().response(response.build())
        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes))).build();
  }
}
