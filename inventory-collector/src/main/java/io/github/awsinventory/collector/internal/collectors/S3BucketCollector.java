package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
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
 * {@code s3_bucket}, a global type: ListBuckets (10,000 per page), then for each bucket GetBucketLocation,
 * GetBucketEncryption, GetPublicAccessBlock, GetBucketVersioning and GetBucketTagging through the
 * collector's cross-region S3 client. Each resource carries its bucket's own region.
 *
 * <p>A bucket without default encryption, public access block or tags is a fact ({@code none},
 * {@code false}, no tags); any other failure of a detail call leaves the bucket with the attributes of that
 * call unknown. When the location cannot be read, the bucket's region is {@code global} and {@code region}
 * is unknown.
 */
public final class S3BucketCollector implements ResourceCollector {

  private static final String NO_ENCRYPTION = "ServerSideEncryptionConfigurationNotFoundError";
  private static final String NO_PUBLIC_ACCESS_BLOCK = "NoSuchPublicAccessBlockConfiguration";
  private static final String NO_TAGS = "NoSuchTagSet";

  @Override
  public ResourceType type() {
    return ResourceType.S3_BUCKET;
  }

  @Override
  public String service() {
    return "s3";
  }

  @Override
  public boolean isGlobal() {
    return true;
  }

  @Override
  public List<String> iamActions() {
    return List.of("s3:ListAllMyBuckets", "s3:GetBucketLocation", "s3:GetEncryptionConfiguration",
        "s3:GetBucketPublicAccessBlock", "s3:GetBucketVersioning", "s3:GetBucketTagging");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    S3Client s3 = context.client(S3Client.class);
    for (Bucket bucket : s3.listBucketsPaginator(r -> r.maxBuckets(10_000)).buckets()) {
      sink.accept(resource(context, s3, bucket));
    }
  }

  private static Resource.Builder resource(CollectionContext context, S3Client s3, Bucket bucket) {
    String name = bucket.name();
    String arn = "arn:" + context.partition() + ":s3:::" + name;
    Resource.Builder r = context.newResource(arn, name);
    if (bucket.creationDate() != null) {
      r.createdAt(bucket.creationDate());
    }
    Attributes.put(r, "creation_date", bucket.creationDate());
    try {
      r.region(region(s3.getBucketLocation(l -> l.bucket(name)).locationConstraintAsString()));
    } catch (AwsServiceException e) {
      r.region(Resource.GLOBAL_REGION);
      Attributes.unknown(context, r, arn, e, "region");
    }
    encryption(context, s3, name, arn, r);
    publicAccessBlock(context, s3, name, arn, r);
    try {
      String status = s3.getBucketVersioning(v -> v.bucket(name)).statusAsString();
      r.putAttributes("versioning", status == null || status.isEmpty() ? "Disabled" : status);
    } catch (AwsServiceException e) {
      Attributes.unknown(context, r, arn, e, "versioning");
    }
    try {
      Map<String, String> tags = Attributes.tags(s3.getBucketTagging(t -> t.bucket(name)).tagSet(), Tag::key,
          Tag::value);
      r.tags(tags).name(Attributes.name(tags, name));
    } catch (AwsServiceException e) {
      if (!Attributes.hasCode(e, NO_TAGS)) {
        Attributes.unknown(context, r, arn, e, "tags");
      }
    }
    return r;
  }

  /** The region of a location constraint: none means us-east-1, and {@code EU} is the old name of eu-west-1. */
  private static String region(String locationConstraint) {
    if (locationConstraint == null || locationConstraint.isEmpty()) {
      return "us-east-1";
    }
    return "EU".equals(locationConstraint) ? "eu-west-1" : locationConstraint;
  }

  private static void encryption(CollectionContext context, S3Client s3, String name, String arn,
      Resource.Builder r) {
    ServerSideEncryptionConfiguration configuration;
    try {
      configuration = s3.getBucketEncryption(e -> e.bucket(name)).serverSideEncryptionConfiguration();
    } catch (AwsServiceException e) {
      if (Attributes.hasCode(e, NO_ENCRYPTION)) {
        r.putAttributes("default_encryption", "none");
      } else {
        Attributes.unknown(context, r, arn, e, "default_encryption", "kms_key_id", "bucket_key_enabled");
      }
      return;
    }
    ServerSideEncryptionRule rule = configuration == null ? null : configuration.rules().stream()
        .filter(x -> x.applyServerSideEncryptionByDefault() != null).findFirst().orElse(null);
    if (rule == null) {
      r.putAttributes("default_encryption", "none");
      return;
    }
    ServerSideEncryptionByDefault byDefault = rule.applyServerSideEncryptionByDefault();
    Attributes.put(r, "default_encryption", byDefault.sseAlgorithmAsString());
    Attributes.put(r, "kms_key_id", byDefault.kmsMasterKeyID());
    r.putAttributes("bucket_key_enabled", Boolean.TRUE.equals(rule.bucketKeyEnabled()));
  }

  private static void publicAccessBlock(CollectionContext context, S3Client s3, String name, String arn,
      Resource.Builder r) {
    PublicAccessBlockConfiguration block;
    try {
      block = s3.getPublicAccessBlock(p -> p.bucket(name)).publicAccessBlockConfiguration();
    } catch (AwsServiceException e) {
      if (Attributes.hasCode(e, NO_PUBLIC_ACCESS_BLOCK)) {
        block = null;
      } else {
        Attributes.unknown(context, r, arn, e, "public_access_block_configured", "public_access_block");
        return;
      }
    }
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put("block_public_acls", block != null && Boolean.TRUE.equals(block.blockPublicAcls()));
    flags.put("ignore_public_acls", block != null && Boolean.TRUE.equals(block.ignorePublicAcls()));
    flags.put("block_public_policy", block != null && Boolean.TRUE.equals(block.blockPublicPolicy()));
    flags.put("restrict_public_buckets", block != null && Boolean.TRUE.equals(block.restrictPublicBuckets()));
    r.putAttributes("public_access_block_configured", block != null);
    r.putAttributes("public_access_block", flags);
  }
}
