package io.github.awsinventory.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;

@AwsEmulatorTest
class MotoServerIT {

  @Test
  void clientForAnAccount_actsInThatAccount(AwsEmulator aws) {
    StsClient sts = aws.client(StsClient.builder(), "111111111111");

    assertThat(sts.getCallerIdentity().account()).isEqualTo("111111111111");
    assertThat(aws.client(StsClient.builder()).getCallerIdentity().account()).isEqualTo(AwsEmulator.DEFAULT_ACCOUNT_ID);
  }

  @Test
  void resourcesCreatedInOneAccount_areInvisibleInAnother(AwsEmulator aws) {
    S3Client first = aws.client(S3Client.builder(), "111111111111");
    S3Client second = aws.client(S3Client.builder(), "222222222222");

    first.createBucket(b -> b.bucket("only-in-first"));

    assertThat(first.listBuckets().buckets()).extracting(Bucket::name).contains("only-in-first");
    assertThat(second.listBuckets().buckets()).extracting(Bucket::name).doesNotContain("only-in-first");
  }

  @Test
  void reset_forgetsEveryResource(AwsEmulator aws) {
    S3Client s3 = aws.client(S3Client.builder(), "111111111111");
    s3.createBucket(b -> b.bucket("forgotten-on-reset"));

    aws.reset();

    assertThat(aws.client(S3Client.builder(), "111111111111").listBuckets().buckets()).isEmpty();
  }

  @Test
  void startOrReuse_reusesARunningServerWithoutOwningIt(MotoServer moto) {
    try (MotoServer reused = MotoServer.startOrReuse(moto.port())) {
      assertThat(reused.isOwned()).isFalse();
      assertThat(reused.endpoint()).isEqualTo(moto.endpoint());
    }

    assertThat(MotoServer.answers(moto.port())).isTrue();
  }
}
