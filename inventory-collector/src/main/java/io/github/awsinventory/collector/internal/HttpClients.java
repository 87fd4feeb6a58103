package io.github.awsinventory.collector.internal;

import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The default HTTP client: Apache's, pooled for the collector's concurrency, when it is on the class path;
 * otherwise the JDK's URL connection (as in the Lambda, where a small jar matters more).
 */
final class HttpClients {

  private HttpClients() {}

  static SdkHttpClient defaultClient(int maxConnections) {
    try {
      Class.forName("software.amazon.awssdk.http.apache.ApacheHttpClient");
      return ApacheHolder.create(maxConnections);
    } catch (ClassNotFoundException | LinkageError e) {
      return UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
          .socketTimeout(Duration.ofSeconds(60)).build();
    }
  }

  /** Kept apart so that the Apache classes are only loaded when present. */
  private static final class ApacheHolder {
    static SdkHttpClient create(int maxConnections) {
      return software.amazon.awssdk.http.apache.ApacheHttpClient.builder()
          .maxConnections(maxConnections)
          .connectionTimeout(Duration.ofSeconds(10))
          .socketTimeout(Duration.ofSeconds(60))
          .build();
    }
  }
}
