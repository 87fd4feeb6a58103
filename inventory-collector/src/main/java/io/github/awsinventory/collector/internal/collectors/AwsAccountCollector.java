package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.AwsAccount.EbsEncryption;
import io.github.awsinventory.model.types.AwsAccount.PasswordPolicy;
import io.github.awsinventory.model.types.AwsAccount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * {@code aws_account}, a global type: one item per account, {@code arn:<partition>:iam::<account>:root}, named after
 * the configured account, with five detail steps — GetAccountPasswordPolicy, GetAccountSummary (root MFA and access
 * keys), S3 Control GetPublicAccessBlock, GetEbsEncryptionByDefault in every region DescribeRegions names (the
 * regions enabled in the account) and DescribeTrails with shadow trails, then GetTrailStatus of each multi-region
 * trail until one is logging.
 *
 * <p>A missing password policy or public access block is a fact ({@code password_policy_configured} false; every
 * block setting false). A region whose GetEbsEncryptionByDefault fails keeps its entry without {@code enabled}, with
 * a detail error; when DescribeRegions fails, {@code ebs_encryption_by_default} is unknown. When no multi-region
 * trail is known to log and a GetTrailStatus failed, {@code multi_region_trail_logging} is unknown.
 */
public final class AwsAccountCollector implements ItemCollector<String> {

  private static final String MFA = "AccountMFAEnabled";
  private static final String ROOT_KEYS = "AccountAccessKeysPresent";

  private static final List<DetailStep<String>> DETAILS = List.of(
      DetailStep.of("GetAccountPasswordPolicy", AwsAccountCollector::passwordPolicy,
          AwsAccount.PASSWORD_POLICY_CONFIGURED, AwsAccount.PASSWORD_POLICY),
      DetailStep.of("GetAccountSummary", AwsAccountCollector::summary, AwsAccount.ROOT_MFA_ACTIVE,
          AwsAccount.ROOT_ACCESS_KEYS_PRESENT),
      DetailStep.of("GetPublicAccessBlock", AwsAccountCollector::publicAccessBlock,
          AwsAccount.S3_PUBLIC_ACCESS_BLOCK_CONFIGURED, AwsAccount.S3_PUBLIC_ACCESS_BLOCK),
      DetailStep.of("GetEbsEncryptionByDefault", AwsAccountCollector::ebsEncryption,
          AwsAccount.EBS_ENCRYPTION_BY_DEFAULT),
      DetailStep.of("DescribeTrails", AwsAccountCollector::trails, AwsAccount.CLOUDTRAIL_TRAILS,
          AwsAccount.MULTI_REGION_TRAIL_LOGGING));

  @Override
  public TypeDescriptor descriptor() {
    return AwsAccount.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<String>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<String> items) {
    String arn = "arn:" + context.partition() + ":iam::" + context.accountId() + ":root";
    items.add(context.accountId(), arn, context.accountName());
  }

  private static Detail passwordPolicy(CollectionContext context, String account) {
    software.amazon.awssdk.services.iam.model.PasswordPolicy policy;
    try {
      policy = context.client(IamClient.class).getAccountPasswordPolicy().passwordPolicy();
    } catch (NoSuchEntityException e) {
      return r -> AwsAccount.PASSWORD_POLICY_CONFIGURED.put(r, false);
    }
    Map<String, Object> settings = passwordPolicy(policy);
    return r -> {
      AwsAccount.PASSWORD_POLICY_CONFIGURED.put(r, true);
      AwsAccount.PASSWORD_POLICY.put(r, settings);
    };
  }

  /** The settings of a password policy; a reuse prevention IAM leaves out is 0. */
  static Map<String, Object> passwordPolicy(software.amazon.awssdk.services.iam.model.PasswordPolicy policy) {
    Map<String, Object> settings = new LinkedHashMap<>();
    if (policy.minimumPasswordLength() != null) {
      PasswordPolicy.MINIMUM_PASSWORD_LENGTH.put(settings, policy.minimumPasswordLength().longValue());
    }
    PasswordPolicy.REQUIRE_SYMBOLS.put(settings, Boolean.TRUE.equals(policy.requireSymbols()));
    PasswordPolicy.REQUIRE_NUMBERS.put(settings, Boolean.TRUE.equals(policy.requireNumbers()));
    PasswordPolicy.REQUIRE_UPPERCASE_CHARACTERS.put(settings, Boolean.TRUE.equals(policy.requireUppercaseCharacters()));
    PasswordPolicy.REQUIRE_LOWERCASE_CHARACTERS.put(settings, Boolean.TRUE.equals(policy.requireLowercaseCharacters()));
    PasswordPolicy.PASSWORD_REUSE_PREVENTION.put(settings,
        policy.passwordReusePrevention() == null ? 0L : policy.passwordReusePrevention().longValue());
    if (Boolean.TRUE.equals(policy.expirePasswords()) && policy.maxPasswordAge() != null
        && policy.maxPasswordAge() > 0) {
      PasswordPolicy.MAX_PASSWORD_AGE.put(settings, policy.maxPasswordAge().longValue());
    }
    return settings;
  }

  private static Detail summary(CollectionContext context, String account) {
    Map<String, Integer> summary = context.client(IamClient.class).getAccountSummary().summaryMapAsStrings();
    Integer mfa = summary.get(MFA);
    Integer keys = summary.get(ROOT_KEYS);
    return r -> {
      if (mfa != null) {
        AwsAccount.ROOT_MFA_ACTIVE.put(r, mfa > 0);
      } else {
        AwsAccount.ROOT_MFA_ACTIVE.markUnknown(r);
      }
      if (keys != null) {
        AwsAccount.ROOT_ACCESS_KEYS_PRESENT.put(r, keys > 0);
      } else {
        AwsAccount.ROOT_ACCESS_KEYS_PRESENT.markUnknown(r);
      }
    };
  }

  private static Detail publicAccessBlock(CollectionContext context, String account) {
    AccountPublicAccessBlock block = AccountPublicAccessBlock.read(context);
    return r -> {
      AwsAccount.S3_PUBLIC_ACCESS_BLOCK_CONFIGURED.put(r, block.configured());
      AwsAccount.S3_PUBLIC_ACCESS_BLOCK.put(r, block.flags());
    };
  }

  private static Detail ebsEncryption(CollectionContext context, String account) {
    List<String> regions = new ArrayList<>();
    for (Region region : context.client(Ec2Client.class).describeRegions().regions()) {
      regions.add(region.regionName());
    }
    Map<String, Boolean> enabled = new TreeMap<>();
    Map<String, AwsServiceException> failed = new TreeMap<>();
    for (String region : regions) {
      try {
        Boolean on = context.client(Ec2Client.class, region).getEbsEncryptionByDefault(g -> { })
            .ebsEncryptionByDefault();
        enabled.put(region, Boolean.TRUE.equals(on));
      } catch (AwsServiceException e) {
        failed.put(region, e);
      }
    }
    List<Map<String, Object>> entries = ebsEntries(enabled, failed.keySet());
    String arn = "arn:" + context.partition() + ":iam::" + context.accountId() + ":root";
    return r -> {
      AwsAccount.EBS_ENCRYPTION_BY_DEFAULT.put(r, entries);
      failed.forEach((region, e) -> context.detailError(arn,
          AwsAccount.EBS_ENCRYPTION_BY_DEFAULT.name() + " of " + region, e));
    };
  }

  /** One entry per region, sorted by region; a region that did not answer has no {@code enabled}. */
  static List<Map<String, Object>> ebsEntries(Map<String, Boolean> enabled, Iterable<String> unanswered) {
    Map<String, Map<String, Object>> byRegion = new TreeMap<>();
    enabled.forEach((region, on) -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      EbsEncryption.REGION.put(entry, region);
      EbsEncryption.ENABLED.put(entry, on);
      byRegion.put(region, entry);
    });
    for (String region : unanswered) {
      Map<String, Object> entry = new LinkedHashMap<>();
      EbsEncryption.REGION.put(entry, region);
      byRegion.put(region, entry);
    }
    return List.copyOf(byRegion.values());
  }

  private static Detail trails(CollectionContext context, String account) {
    CloudTrailClient cloudTrail = context.client(CloudTrailClient.class);
    List<Trail> trails = cloudTrail.describeTrails(d -> d.includeShadowTrails(true)).trailList();
    boolean logging = false;
    AwsServiceException statusFailure = null;
    for (Trail trail : trails) {
      if (!Boolean.TRUE.equals(trail.isMultiRegionTrail())) {
        continue;
      }
      try {
        if (Boolean.TRUE.equals(cloudTrail.getTrailStatus(s -> s.name(trail.trailARN())).isLogging())) {
          logging = true;
          break;
        }
      } catch (AwsServiceException e) {
        statusFailure = e;
      }
    }
    long count = trails.size();
    boolean multiRegionLogging = logging;
    AwsServiceException failure = multiRegionLogging ? null : statusFailure;
    String arn = "arn:" + context.partition() + ":iam::" + context.accountId() + ":root";
    return r -> {
      AwsAccount.CLOUDTRAIL_TRAILS.put(r, count);
      if (failure == null) {
        AwsAccount.MULTI_REGION_TRAIL_LOGGING.put(r, multiRegionLogging);
      } else {
        Attributes.unknown(context, r, arn, failure, AwsAccount.MULTI_REGION_TRAIL_LOGGING.name());
      }
    };
  }
}
