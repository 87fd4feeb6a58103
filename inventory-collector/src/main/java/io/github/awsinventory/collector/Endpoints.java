package io.github.awsinventory.collector;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.services.s3.S3BaseClientBuilder;
import software.amazon.awssdk.services.s3control.S3ControlBaseClientBuilder;

/**
 * Points SDK client builders at an endpoint other than AWS's own (a local emulator, a proxy), the way every
 * client of the inventory is built: the endpoint override and, for S3, path-style addressing and checksums
 * only where the operation requires them (emulators and most proxies answer neither virtual-hosted bucket
 * names nor the SDK's default trailing checksums); for S3 Control, the endpoint as it is, without the account id
 * its endpoint rules put in front of the host.
 *
 * <pre>{@code
 * S3Client s3 = Endpoints.override(S3Client.builder(), URI.create("http://127.0.0.1:5000")).build();
 * }</pre>
 */
public final class Endpoints {

  private Endpoints() {}

  /**
   * Sets the endpoint override on a client builder, with the S3 and S3 Control settings an emulator needs.
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
    if (builder instanceof S3ControlBaseClientBuilder<?, ?>) {
      // S3 Control's endpoint rules put the account id in front of the host, which an emulator does not answer
      Endpoint fixed = Endpoint.builder().url(endpoint).build();
      ((S3ControlBaseClientBuilder<?, ?>) builder).endpointProvider(params -> CompletableFuture.completedFuture(fixed));
    }
    return builder;
  }
}
