package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.CollectionException;
import io.github.awsinventory.collector.Endpoints;
import io.github.awsinventory.model.config.CollectionSettings;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3BaseClientBuilder;

/**
 * Builds every SDK client of a run the same way: the shared HTTP client, the endpoint override, the SDK
 * retry strategy limited to {@code sdk_max_attempts}, the call timeout and the collector's interceptors.
 */
final class ClientFactory implements AutoCloseable {

  private static final Map<Class<?>, String> SERVICES = new ConcurrentHashMap<>();

  private final SdkHttpClient httpClient;
  private final URI endpoint;
  private final int sdkMaxAttempts;
  private final Duration apiCallTimeout;
  /**
   * The timers of every client's call timeouts, shared: a client otherwise starts its own scheduler threads, and a run
   * builds a client per account, region and service.
   */
  private final ScheduledThreadPoolExecutor timers;

  ClientFactory(SdkHttpClient httpClient, URI endpoint, CollectionSettings settings) {
    this.httpClient = httpClient;
    this.endpoint = endpoint;
    this.sdkMaxAttempts = settings.sdkMaxAttempts();
    this.apiCallTimeout = Duration.ofSeconds(settings.apiCallTimeoutSeconds());
    AtomicInteger count = new AtomicInteger();
    this.timers = new ScheduledThreadPoolExecutor(2, r -> {
      Thread thread = new Thread(r, "inventory-sdk-timer-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    // a call that ends cancels its timeout: drop it at once instead of keeping it queued until it would have fired
    timers.setRemoveOnCancelPolicy(true);
  }

  /** Stops the shared timers; clients built before must be closed first. */
  @Override
  public void close() {
    timers.shutdownNow();
  }

  /**
   * Builds a client.
   *
   * @param type the client interface, e.g. {@code Ec2Client.class}
   * @param region the region
   * @param credentials the credentials
   * @param interceptors interceptors to add
   * @param <C> the client type
   * @return the client
   * @throws CollectionException when the type is not a synchronous AWS SDK v2 client interface
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  <C extends SdkClient> C build(Class<C> type, Region region, AwsCredentialsProvider credentials,
      List<ExecutionInterceptor> interceptors) {
    Object builder;
    try {
      builder = type.getMethod("builder").invoke(null);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new CollectionException(type.getName() + " is not an AWS SDK v2 client interface (it has no static "
          + "builder()); ask for a client interface such as Ec2Client.class", e);
    }
    if (!(builder instanceof AwsClientBuilder) || !(builder instanceof AwsSyncClientBuilder)) {
      throw new CollectionException(type.getName() + " is not a synchronous AWS SDK v2 client; ask for the "
          + "synchronous interface, such as SqsClient.class rather than SqsAsyncClient.class");
    }
    ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(sdkMaxAttempts).build())
        .apiCallTimeout(apiCallTimeout)
        .scheduledExecutorService(timers);
    interceptors.forEach(override::addExecutionInterceptor);
    AwsClientBuilder aws = (AwsClientBuilder) builder;
    aws.region(region).credentialsProvider(credentials).overrideConfiguration(override.build());
    ((AwsSyncClientBuilder) builder).httpClient(httpClient);
    if (builder instanceof S3BaseClientBuilder) {
      ((S3BaseClientBuilder) builder).crossRegionAccessEnabled(true);
    }
    if (endpoint != null) {
      Endpoints.override(aws, endpoint);
    }
    return (C) aws.build();
  }

  /**
   * The endpoint prefix of a client's service (its {@code SERVICE_METADATA_ID}), e.g. {@code ec2}.
   *
   * @param type the client interface
   * @return the service
   */
  static String service(Class<?> type) {
    return SERVICES.computeIfAbsent(type, t -> {
      try {
        Field field = t.getField("SERVICE_METADATA_ID");
        return String.valueOf(field.get(null));
      } catch (NoSuchFieldException | IllegalAccessException e) {
        return t.getSimpleName().replace("Client", "").toLowerCase(Locale.ROOT);
      }
    });
  }
}
