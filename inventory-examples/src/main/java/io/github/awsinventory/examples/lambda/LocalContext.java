package io.github.awsinventory.examples.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A Lambda {@link Context} for invoking a handler outside Lambda: a fresh request id, and the time left
 * before a timeout counted down from when it was created — which the inventory handler uses to stop a
 * collection in time to write its run record.
 */
public final class LocalContext implements Context {

  private final String functionName;
  private final long deadlineNanos;
  private final String requestId = UUID.randomUUID().toString();

  /**
   * Creates a context for one invocation.
   *
   * @param functionName the function's name, as Lambda would report it
   * @param timeout the function's timeout (Lambda allows up to 15 minutes)
   */
  public LocalContext(String functionName, Duration timeout) {
    this.functionName = functionName;
    this.deadlineNanos = System.nanoTime() + timeout.toNanos();
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "local";
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:local:000000000000:function:" + functionName;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return (int) Math.max(0, Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis());
  }

  @Override
  public int getMemoryLimitInMB() {
    return 1024;
  }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        System.err.print(message);
      }

      @Override
      public void log(byte[] message) {
        System.err.print(new String(message, StandardCharsets.UTF_8));
      }
    };
  }
}
