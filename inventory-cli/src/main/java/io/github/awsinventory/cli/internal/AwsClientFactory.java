package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.collector.Endpoints;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Builds SDK clients from the global options: {@code --region}, {@code --profile} and
 * {@code --endpoint-url}. With a loopback endpoint and no credentials anywhere, clients sign with fixed
 * test credentials, so that the local emulator works without an AWS account.
 */
public final class AwsClientFactory implements AutoCloseable {

  private final Region region;
  private final AwsCredentialsProvider credentials;
  private final URI endpoint;
  private volatile SdkHttpClient httpClient;

  AwsClientFactory(String region, String profile, URI endpoint) {
    this.endpoint = endpoint;
    boolean loopback = isLoopback(endpoint);
    this.region = resolveRegion(region, profile, loopback);
    AwsCredentialsProvider base = profile != null
        ? ProfileCredentialsProvider.builder().profileName(profile).build()
        : DefaultCredentialsProvider.builder().build();
    this.credentials = loopback ? new LoopbackFallback(base) : base;
  }

  /**
   * The region.
   *
   * @return the region
   */
  public Region region() {
    return region;
  }

  /**
   * The base credentials.
   *
   * @return the provider
   */
  public AwsCredentialsProvider credentials() {
    return credentials;
  }

  /**
   * The endpoint override.
   *
   * @return the endpoint, if set
   */
  public Optional<URI> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /**
   * The HTTP client shared by every client this factory builds.
   *
   * @return the HTTP client
   */
  public SdkHttpClient httpClient() {
    SdkHttpClient client = httpClient;
    if (client == null) {
      synchronized (this) {
        if (httpClient == null) {
          httpClient = ApacheHttpClient.builder().maxConnections(64).build();
        }
        client = httpClient;
      }
    }
    return client;
  }

  /**
   * Configures a client builder.
   *
   * @param builder any synchronous client builder
   * @param <B> the builder type
   * @param <C> the client type
   * @return the builder
   */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder) {
    builder.region(region).credentialsProvider(credentials).httpClient(httpClient());
    if (endpoint != null) {
      Endpoints.override(builder, endpoint);
    }
    return builder;
  }

  /**
   * Builds a client.
   *
   * @param builder any synchronous client builder
   * @param <B> the builder type
   * @param <C> the client type
   * @return the client
   */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
    return configure(builder).build();
  }

  @Override
  public void close() {
    SdkHttpClient client = httpClient;
    if (client != null) {
      client.close();
    }
  }

  private static Region resolveRegion(String region, String profile, boolean loopback) {
    if (region != null) {
      return Region.of(region);
    }
    if (profile != null) {
      Optional<String> fromProfile = ProfileFile.defaultProfileFile().profile(profile)
          .flatMap(p -> p.property(ProfileProperty.REGION));
      if (fromProfile.isPresent()) {
        return Region.of(fromProfile.get());
      }
    }
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkClientException e) {
      if (loopback) {
        return Region.US_EAST_1;
      }
      throw new UsageException("no AWS region: pass --region or set AWS_REGION");
    }
  }

  static boolean isLoopback(URI endpoint) {
    if (endpoint == null || endpoint.getHost() == null) {
      return false;
    }
    try {
      return InetAddress.getByName(endpoint.getHost()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The real credential chain, or fixed test credentials when it finds none (loopback endpoints only). */
  private static final class LoopbackFallback implements AwsCredentialsProvider {
    private final AwsCredentialsProvider delegate;
    private volatile AwsCredentials resolved;

    LoopbackFallback(AwsCredentialsProvider delegate) {
      this.delegate = delegate;
    }

    @Override
    public AwsCredentials resolveCredentials() {
      AwsCredentials cached = resolved;
      if (cached != null) {
        return cached;
      }
      try {
        return delegate.resolveCredentials();
      } catch (SdkClientException e) {
        cached = AwsBasicCredentials.create("testing", "testing");
        resolved = cached;
        return cached;
      }
    }
  }
}
