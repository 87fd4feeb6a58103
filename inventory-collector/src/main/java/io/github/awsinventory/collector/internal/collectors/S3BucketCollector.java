package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.S3Bucket.PublicAccessBlock;
import io.github.awsinventory.model.types.S3Bucket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * {@code s3_bucket}, a global type: ListBuckets (10,000 per page), then detail steps per bucket — GetBucketEncryption,
 * GetPublicAccessBlock, GetBucketVersioning and GetBucketTagging, and GetBucketLocation only for a bucket whose
 * listing entry has no {@code BucketRegion} — through the collector's cross-region S3 client. Each resource carries
 * its bucket's own region.
 *
 * <p>With the first bucket, the account-level public access block is read once (S3 Control GetPublicAccessBlock) and
 * copied onto every bucket as {@code account_public_access_block}; when that call fails, the attribute is unknown
 * on every bucket, with one detail error each.
 *
 * <p>A bucket without default encryption, public access block or tags is a fact ({@code none}, {@code false}, no
 * tags); any other failure of a detail step leaves the bucket with the attributes of that step unknown. When the
 * location cannot be read, the bucket's region is {@code global} and {@code region} is unknown.
 */
public final class S3BucketCollector implements ItemCollector<S3BucketCollector.Listed> {

  private static final String NO_ENCRYPTION = "ServerSideEncryptionConfigurationNotFoundError";
  private static final String NO_PUBLIC_ACCESS_BLOCK = "NoSuchPublicAccessBlockConfiguration";
  private static final String NO_TAGS = "NoSuchTagSet";

  private static final List<DetailStep<Listed>> DETAILS = List.of(
      DetailStep.<Listed>named("GetBucketLocation", S3BucketCollector::location, DetailStep.REGION)
          .withFallback(r -> r.region(Resource.GLOBAL_REGION)),
      DetailStep.of("GetBucketEncryption", S3BucketCollector::encryption, S3Bucket.DEFAULT_ENCRYPTION,
          S3Bucket.KMS_KEY_ID, S3Bucket.BUCKET_KEY_ENABLED),
      DetailStep.of("GetPublicAccessBlock", S3BucketCollector::publicAccessBlock,
          S3Bucket.PUBLIC_ACCESS_BLOCK_CONFIGURED, S3Bucket.PUBLIC_ACCESS_BLOCK),
      DetailStep.of("GetBucketVersioning", S3BucketCollector::versioning, S3Bucket.VERSIONING),
      DetailStep.tags("GetBucketTagging", S3BucketCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return S3Bucket.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Listed>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Listed> items) {
    S3Client s3 = context.client(S3Client.class);
    AccountPublicAccessBlock accountBlock = null;
    AwsServiceException accountBlockFailure = null;
    boolean accountBlockRead = false;
    for (Bucket bucket : s3.listBucketsPaginator(r -> r.maxBuckets(10_000)).buckets()) {
      if (!accountBlockRead) {
        accountBlockRead = true;
        try {
          accountBlock = AccountPublicAccessBlock.read(context);
        } catch (AwsServiceException e) {
          accountBlockFailure = e;
        }
      }
      String name = bucket.name();
      String arn = "arn:" + context.partition() + ":s3:::" + name;
      String region = bucket.bucketRegion() == null || bucket.bucketRegion().isEmpty() ? null : bucket.bucketRegion();
      Resource.Builder r = items.add(new Listed(name, region), arn, name);
      if (region != null) {
        r.region(region);
      }
      if (bucket.creationDate() != null) {
        r.createdAt(bucket.creationDate());
      }
      S3Bucket.CREATION_DATE.put(r, bucket.creationDate());
      if (accountBlock != null) {
        S3Bucket.ACCOUNT_PUBLIC_ACCESS_BLOCK.put(r, accountBlock.flags());
      } else {
        Attributes.unknown(context, r, arn, accountBlockFailure, S3Bucket.ACCOUNT_PUBLIC_ACCESS_BLOCK.name());
      }
    }
  }

  private static Detail location(CollectionContext context, Listed bucket) {
    if (bucket.region() != null) {
      return Detail.NOTHING;
    }
    String constraint = s3(context).getBucketLocation(l -> l.bucket(bucket.name())).locationConstraintAsString();
    String region = region(constraint);
    return r -> r.region(region);
  }

  /** The region of a location constraint: none means us-east-1, and {@code EU} is the old name of eu-west-1. */
  private static String region(String locationConstraint) {
    if (locationConstraint == null || locationConstraint.isEmpty()) {
      return "us-east-1";
    }
    return "EU".equals(locationConstraint) ? "eu-west-1" : locationConstraint;
  }

  private static Detail encryption(CollectionContext context, Listed bucket) {
    ServerSideEncryptionConfiguration configuration;
    try {
      configuration = s3(context).getBucketEncryption(e -> e.bucket(bucket.name())).serverSideEncryptionConfiguration();
    } catch (AwsServiceException e) {
      if (Attributes.hasCode(e, NO_ENCRYPTION)) {
        return r -> S3Bucket.DEFAULT_ENCRYPTION.put(r, "none");
      }
      throw e;
    }
    ServerSideEncryptionRule rule = configuration == null ? null : configuration.rules().stream()
        .filter(x -> x.applyServerSideEncryptionByDefault() != null).findFirst().orElse(null);
    if (rule == null) {
      return r -> S3Bucket.DEFAULT_ENCRYPTION.put(r, "none");
    }
    ServerSideEncryptionByDefault byDefault = rule.applyServerSideEncryptionByDefault();
    boolean bucketKey = Boolean.TRUE.equals(rule.bucketKeyEnabled());
    return r -> {
      S3Bucket.DEFAULT_ENCRYPTION.put(r, byDefault.sseAlgorithmAsString());
      S3Bucket.KMS_KEY_ID.put(r, byDefault.kmsMasterKeyID());
      S3Bucket.BUCKET_KEY_ENABLED.put(r, bucketKey);
    };
  }

  private static Detail publicAccessBlock(CollectionContext context, Listed bucket) {
    PublicAccessBlockConfiguration block;
    try {
      block = s3(context).getPublicAccessBlock(p -> p.bucket(bucket.name())).publicAccessBlockConfiguration();
    } catch (AwsServiceException e) {
      if (!Attributes.hasCode(e, NO_PUBLIC_ACCESS_BLOCK)) {
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
    boolean configured = block != null;
    return r -> {
      S3Bucket.PUBLIC_ACCESS_BLOCK_CONFIGURED.put(r, configured);
      S3Bucket.PUBLIC_ACCESS_BLOCK.put(r, flags);
    };
  }

  private static Detail versioning(CollectionContext context, Listed bucket) {
    String status = s3(context).getBucketVersioning(v -> v.bucket(bucket.name())).statusAsString();
    return r -> S3Bucket.VERSIONING.put(r, status == null || status.isEmpty() ? "Disabled" : status);
  }

  private static Detail tags(CollectionContext context, Listed bucket) {
    Map<String, String> tags;
    try {
      tags = Attributes.tags(s3(context).getBucketTagging(t -> t.bucket(bucket.name())).tagSet(), Tag::key,
          Tag::value);
    } catch (AwsServiceException e) {
      if (!Attributes.hasCode(e, NO_TAGS)) {
        throw e;
      }
      return Detail.NOTHING;
    }
    return r -> r.tags(tags).name(Attributes.name(tags, bucket.name()));
  }

  private static S3Client s3(CollectionContext context) {
    return context.client(S3Client.class);
  }

  /** A listed bucket: its name, and its region when the listing gave one (else null: GetBucketLocation tells). */
  record Listed(String name, String region) {}
}
