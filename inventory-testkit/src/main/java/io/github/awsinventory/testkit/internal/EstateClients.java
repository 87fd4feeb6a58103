package io.github.awsinventory.testkit.internal;

import io.github.awsinventory.testkit.AwsEmulator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;

/**
 * SDK clients of an estate, one per service, account and region, built on first use and closed together.
 * They share the emulator's HTTP client, which closing them leaves open. Not thread-safe.
 */
public final class EstateClients implements AutoCloseable {

  private final AwsEmulator aws;
  private final Map<String, SdkClient> clients = new LinkedHashMap<>();

  /**
   * Creates an empty cache.
   *
   * @param aws the emulator the clients point at
   */
  public EstateClients(AwsEmulator aws) {
    this.aws = aws;
  }

  /**
   * The client of a service acting in an account and region.
   *
   * @param type the client interface, e.g. {@code Ec2Client.class}
   * @param builder its builder factory, e.g. {@code Ec2Client::builder}
   * @param accountId the 12-digit account
   * @param region the region
   * @param <B> the builder type
   * @param <C> the client type
   * @return the cached or new client
   */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C client(
      Class<C> type, Supplier<B> builder, String accountId, String region) {
    String key = type.getName() + "|" + accountId + "|" + region;
    SdkClient client = clients.get(key);
    if (client == null) {
      client = aws.configure(builder.get()).credentialsProvider(aws.credentialsFor(accountId))
          .region(Region.of(region)).build();
      clients.put(key, client);
    }
    return type.cast(client);
  }

  /** Closes every client built. */
  @Override
  public void close() {
    clients.values().forEach(SdkClient::close);
    clients.clear();
  }
}
