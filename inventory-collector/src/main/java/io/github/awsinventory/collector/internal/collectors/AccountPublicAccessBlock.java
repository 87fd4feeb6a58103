package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.model.types.S3Bucket.PublicAccessBlock;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.PublicAccessBlockConfiguration;

/**
 * The account-level S3 public access block (S3 Control GetPublicAccessBlock), which {@code aws_account} records and
 * {@code s3_bucket} copies onto each bucket: whether one is configured and its four settings, all false without one.
 *
 * @param configured whether the account has a configuration
 * @param flags the four settings, keyed as {@link PublicAccessBlock}
 */
record AccountPublicAccessBlock(boolean configured, Map<String, Object> flags) {

  private static final String NONE = "NoSuchPublicAccessBlockConfiguration";

  /**
   * Reads the scope's account's block.
   *
   * @param context the scope
   * @return the block; a missing configuration is one with every setting false
   * @throws AwsServiceException when S3 Control answers with any other error
   */
  static AccountPublicAccessBlock read(CollectionContext context) {
    PublicAccessBlockConfiguration block;
    try {
      block = context.client(S3ControlClient.class).getPublicAccessBlock(g -> g.accountId(context.accountId()))
          .publicAccessBlockConfiguration();
    } catch (AwsServiceException e) {
      if (!Attributes.hasCode(e, NONE)) {
        throw e;
      }
      block = null;
    }
    Map<String, Object> flags = new LinkedHashMap<>();
    PublicAccessBlock.BLOCK_PUBLIC_ACLS.put(flags, block != null && Boolean.TRUE.equals(block.blockPublicAcls()));
    PublicAccessBlock.IGNORE_PUBLIC_ACLS.put(flags, block != null && Boolean.TRUE.equals(block.ignorePublicAcls()));
    PublicAccessBlock.BLOCK_PUBLIC_POLICY.put(flags,
        block != null && Boolean.TRUE.equals(block.blockPublicPolicy()));
    PublicAccessBlock.RESTRICT_PUBLIC_BUCKETS.put(flags,
        block != null && Boolean.TRUE.equals(block.restrictPublicBuckets()));
    return new AccountPublicAccessBlock(block != null, Map.copyOf(flags));
  }
}
