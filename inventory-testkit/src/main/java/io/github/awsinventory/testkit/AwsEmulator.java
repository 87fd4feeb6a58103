package io.github.awsinventory.testkit;

import io.github.awsinventory.testkit.internal.LocalStackEmulator;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A local AWS emulator and SDK clients pointed at it.
 *
 * <p>Clients get the emulator's endpoint, static credentials, an explicit region, a shared HTTP client,
 * and for S3 path-style addressing with checksums only when required. Clients for another account are
 * signed with credentials from STS AssumeRole into {@code arn:aws:iam::<account>:role/InventoryRole}; the
 * emulator places what they create in that account.
 *
 * <pre>{@code
 * try (AwsEmulator aws = AwsEmulator.start()) {
 *   Ec2Client ec2 = aws.client(Ec2Client.builder(), "111111111111");
 *   ec2.runInstances(r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(1).maxCount(1));
 * }
 * }</pre>
 */
public interface AwsEmulator extends AutoCloseable {

  /** The account of the base credentials in moto and LocalStack. */
  String DEFAULT_ACCOUNT_ID = "123456789012";

  /** The role assumed to reach other accounts. */
  String DEFAULT_ROLE_NAME = "InventoryRole";

  /** The system property that picks the emulator: {@code moto} (default) or {@code localstack}. */
  String EMULATOR_PROPERTY = "inventory.emulator";

  /**
   * Starts the emulator named by the {@code inventory.emulator} system property: {@code moto} (the
   * default) or {@code localstack} (through Testcontainers; needs a Docker engine).
   *
   * @return a running emulator; close it when done
   * @throws EmulatorUnavailableException when none can start, saying how to install one
   */
  static AwsEmulator start() {
    String kind = System.getProperty(EMULATOR_PROPERTY, "moto").trim();
    switch (kind) {
      case "":
      case "moto":
        return MotoServer.start();
      case "localstack":
        return LocalStackEmulator.start();
      default:
        throw new EmulatorUnavailableException("-D" + EMULATOR_PROPERTY + "=" + kind
            + " is not an emulator; use moto (the default) or localstack");
    }
  }

  /**
   * The emulator's name: {@code moto} or {@code localstack}.
   *
   * @return the name
   */
  String name();

  /**
   * The endpoint every service answers on.
   *
   * @return e.g. {@code http://127.0.0.1:50123}
   */
  URI endpoint();

  /**
   * The region clients use unless told otherwise.
   *
   * @return {@code us-east-1}
   */
  Region region();

  /**
   * The base (static, fake) credentials.
   *
   * @return credentials of {@link #DEFAULT_ACCOUNT_ID}
   */
  AwsCredentialsProvider credentialsProvider();

  /**
   * The HTTP client shared by the clients this emulator builds.
   *
   * @return the HTTP client; closed with the emulator
   */
  SdkHttpClient httpClient();

  /**
   * Forgets every resource in every account and the assumed-role sessions.
   */
  void reset();

  /**
   * Points a client builder at the emulator with the base credentials.
   *
   * @param builder any synchronous SDK client builder
   * @param <B> the builder type
   * @param <C> the client type
   * @return the builder, for further configuration
   */
  <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder);

  /**
   * Builds a client for the base account.
   *
   * @param builder any synchronous SDK client builder
   * @param <B> the builder type
   * @param <C> the client type
   * @return the client
   */
  default <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
    return configure(builder).build();
  }

  /**
   * Builds a client for another account, signed with credentials from AssumeRole.
   *
   * @param builder any synchronous SDK client builder
   * @param accountId the 12-digit account
   * @param <B> the builder type
   * @param <C> the client type
   * @return the client
   */
  default <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder, String accountId) {
    return configure(builder).credentialsProvider(credentialsFor(accountId)).build();
  }

  /**
   * Credentials for another account: AssumeRole into {@code arn:aws:iam::<account>:role/InventoryRole},
   * cached until {@link #reset()}.
   *
   * @param accountId the 12-digit account
   * @return credentials that act in that account
   */
  AwsCredentialsProvider credentialsFor(String accountId);

  /** Stops the emulator (if this JVM started it) and closes the shared HTTP client. */
  @Override
  void close();
}
