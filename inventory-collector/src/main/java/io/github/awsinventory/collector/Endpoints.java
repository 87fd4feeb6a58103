package io.github.awsinventory.collector;

import java.net.URI;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.services.s3.S3BaseClientBuilder;

/**
 * Points SDK client builders at an endpoint other than AWS's own (a local emulator, a proxy), the way every
 * client of the inventory is built: the endpoint override and, for S3, path-style addressing and checksums
 * only where the operation requires them (emulators and most proxies answer neither virtual-hosted bucket
 * names nor the SDK's default trailing checksums).
 *
 * <pre>{@code
 * S3Client s3 = Endpoints.override(S3Client.builder(), URI.create("http://127.0.0.1:5000")).build();
 * }</pre>
 */
public final class Endpoints {

  private Endpoints() {}

  /**
   * Sets the endpoint override on a client builder, with the S3 settings an emulator needs.
   *
   * @param builder any AWS client builder, synchronous or asynchronous
   * @param endpoint the endpoint
   * @param <B> the builder type
   * @return the builder
   */
  public static <B extends AwsClientBuilder<B, ?>> B override(B builder, URI endpoint) {
    builder.endpointOverride(endpoint);
    if (builder instanceof S3BaseClientBuilder<?, ?>) {
      S3BaseClientBuilder<?, ?> s3 = (S3BaseClientBuilder<?, ?>) builder;
      s3.forcePathStyle(true);
      s3.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
      s3.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder;
  }
}
