package io.github.awsinventory.testkit.internal;

import io.github.awsinventory.testkit.AwsEmulator;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3BaseClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/** What every emulator shares: client configuration and cached AssumeRole credentials. */
public abstract class AbstractEmulator implements AwsEmulator {

  private final URI endpoint;
  private final AwsCredentialsProvider baseCredentials;
  private final SdkHttpClient httpClient;
  private final Map<String, AwsCredentialsProvider> assumed = new ConcurrentHashMap<>();
  private volatile StsClient sts;

  protected AbstractEmulator(URI endpoint, String accessKeyId, String secretKey) {
    this.endpoint = endpoint;
    this.baseCredentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey));
    this.httpClient = ApacheHttpClient.builder().maxConnections(64).build();
  }

  @Override
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public Region region() {
    return Region.US_EAST_1;
  }

  @Override
  public AwsCredentialsProvider credentialsProvider() {
    return baseCredentials;
  }

  @Override
  public SdkHttpClient httpClient() {
    return httpClient;
  }

  @Override
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder) {
    builder.endpointOverride(endpoint).region(region()).credentialsProvider(baseCredentials);
    builder.httpClient(httpClient);
    if (builder instanceof S3BaseClientBuilder<?, ?>) {
      S3BaseClientBuilder<?, ?> s3 = (S3BaseClientBuilder<?, ?>) builder;
      s3.forcePathStyle(true);
      s3.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
      s3.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder;
  }

  @Override
  public AwsCredentialsProvider credentialsFor(String accountId) {
    if (!accountId.matches("\\d{12}")) {
      throw new IllegalArgumentException("accountId must be 12 digits (was '" + accountId + "')");
    }
    return assumed.computeIfAbsent(accountId, this::assumeRole);
  }

  private AwsCredentialsProvider assumeRole(String accountId) {
    Credentials credentials = sts().assumeRole(r -> r
        .roleArn("arn:aws:iam::" + accountId + ":role/" + DEFAULT_ROLE_NAME)
        .roleSessionName("inventory-testkit")).credentials();
    return StaticCredentialsProvider.create(AwsSessionCredentials.create(
        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()));
  }

  private StsClient sts() {
    StsClient client = sts;
    if (client == null) {
      synchronized (this) {
        if (sts == null) {
          sts = client(StsClient.builder());
        }
        client = sts;
      }
    }
    return client;
  }

  /** Forgets cached AssumeRole credentials; the emulator forgot their sessions. */
  protected void forgetSessions() {
    assumed.clear();
  }

  /** Closes the clients this emulator owns. */
  protected void closeClients() {
    StsClient client = sts;
    if (client != null) {
      client.close();
    }
    httpClient.close();
  }

  @Override
  public String toString() {
    return name() + " at " + endpoint;
  }
}
