package io.github.awsinventory.testkit.synthetic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The S3 buckets, IAM users and IAM roles of every synthetic account, as the responses that list and describe
 * them. Bucket {@code i} is in region {@code i mod regions}; every fifth bucket has no public access block and
 * every third no tag set (S3's {@code NoSuch...} errors); IAM answers pages of at most {@code MaxItems}.
 */
final class WideAccount {

  private static final String S3_NS = " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";
  private static final String CREATED = "2026-01-01T00:00:00.000Z";
  private static final String REPORT_HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,"
      + "password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
      + "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
      + "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,"
      + "access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";
  private static final String LAMBDA_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  private static final String VENDOR_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"AWS\":\"arn:aws:iam::999999999999:root\"},\"Action\":\"sts:AssumeRole\","
      + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"synthetic\"}}}]}";

  private final List<String> regions;
  private final int buckets;
  private final boolean bucketRegionInListing;
  private final int users;
  private final int roles;
  private final int pageSize;

  WideAccount(List<String> regions, int buckets, boolean bucketRegionInListing, int users, int roles,
      int pageSize) {
    this.regions = regions;
    this.buckets = buckets;
    this.bucketRegionInListing = bucketRegionInListing;
    this.users = users;
    this.roles = roles;
    this.pageSize = pageSize;
  }

  /** The index of a synthetic bucket's name, or -1 for another name. */
  static int bucketIndex(String name) {
    return name.startsWith("synthetic-bucket-") ? Integer.parseInt(name.substring(17)) : -1;
  }

  private static String bucketName(int i) {
    return String.format("synthetic-bucket-%05d", i);
  }

  private String region(int bucket) {
    return regions.get(bucket % regions.size());
  }

  String listBuckets(Map<String, List<String>> query) {
    int size = Math.min(pageSize, Integer.parseInt(first(query, "max-buckets", "10000")));
    int start = Integer.parseInt(first(query, "continuation-token", "0"));
    int end = Math.min(buckets, start + size);
    StringBuilder xml = new StringBuilder("<ListAllMyBucketsResult").append(S3_NS)
        .append("><Owner><ID>synthetic</ID></Owner><Buckets>");
    for (int i = start; i < end; i++) {
      xml.append("<Bucket><Name>").append(bucketName(i)).append("</Name><CreationDate>").append(CREATED)
          .append("</CreationDate>");
      if (bucketRegionInListing) {
        xml.append("<BucketRegion>").append(region(i)).append("</BucketRegion>");
      }
      xml.append("</Bucket>");
    }
    xml.append("</Buckets>");
    if (end < buckets) {
      xml.append("<ContinuationToken>").append(end).append("</ContinuationToken>");
    }
    return xml.append("</ListAllMyBucketsResult>").toString();
  }

  String bucketLocation(int bucket) {
    String region = region(bucket);
    return "<LocationConstraint" + S3_NS + ">" + ("us-east-1".equals(region) ? "" : region)
        + "</LocationConstraint>";
  }

  String bucketEncryption(int bucket) {
    boolean kms = bucket % 4 == 0;
    return "<ServerSideEncryptionConfiguration" + S3_NS + "><Rule><ApplyServerSideEncryptionByDefault>"
        + "<SSEAlgorithm>" + (kms ? "aws:kms</SSEAlgorithm><KMSMasterKeyID>arn:aws:kms:us-east-1:123456789012:"
        + "key/synthetic</KMSMasterKeyID>" : "AES256</SSEAlgorithm>") + "</ApplyServerSideEncryptionByDefault>"
        + "<BucketKeyEnabled>" + kms + "</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>";
  }

  /** The bucket's public access block, or null when it has none. */
  String bucketPublicAccessBlock(int bucket) {
    return bucket % 5 == 0 ? null : publicAccessBlock();
  }

  static String publicAccessBlock() {
    return "<PublicAccessBlockConfiguration" + S3_NS + "><BlockPublicAcls>true</BlockPublicAcls>"
        + "<IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy>"
        + "<RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>";
  }

  String bucketVersioning(int bucket) {
    return "<VersioningConfiguration" + S3_NS + ">" + (bucket % 2 == 0 ? "<Status>Enabled</Status>" : "")
        + "</VersioningConfiguration>";
  }

  /** The bucket's tag set, or null when it has none. */
  String bucketTagging(int bucket) {
    if (bucket % 3 == 0) {
      return null;
    }
    return "<Tagging" + S3_NS + "><TagSet><Tag><Key>Name</Key><Value>" + bucketName(bucket) + "</Value></Tag>"
        + "<Tag><Key>Department</Key><Value>dept-" + bucket % 7 + "</Value></Tag></TagSet></Tagging>";
  }

  String authorizationDetails(String account, Map<String, String> form) {
    String filter = form.getOrDefault("Filter.member.1", "");
    int total = "User".equals(filter) ? users : "Role".equals(filter) ? roles : 0;
    int size = Math.min(pageSize, Integer.parseInt(form.getOrDefault("MaxItems", "100")));
    int start = Integer.parseInt(form.getOrDefault("Marker", "0"));
    int end = Math.min(total, start + size);
    StringBuilder xml = new StringBuilder("<GetAccountAuthorizationDetailsResponse>"
        + "<GetAccountAuthorizationDetailsResult><UserDetailList>");
    if ("User".equals(filter)) {
      for (int i = start; i < end; i++) {
        user(xml, account, i);
      }
    }
    xml.append("</UserDetailList><GroupDetailList/><RoleDetailList>");
    if ("Role".equals(filter)) {
      for (int i = start; i < end; i++) {
        role(xml, account, i);
      }
    }
    xml.append("</RoleDetailList><Policies/><IsTruncated>").append(end < total).append("</IsTruncated>");
    if (end < total) {
      xml.append("<Marker>").append(end).append("</Marker>");
    }
    return xml.append("</GetAccountAuthorizationDetailsResult><ResponseMetadata><RequestId>synthetic</RequestId>"
        + "</ResponseMetadata></GetAccountAuthorizationDetailsResponse>").toString();
  }

  private static void user(StringBuilder xml, String account, int i) {
    String name = String.format("user-%05d", i);
    xml.append("<member><Path>/</Path><UserName>").append(name).append("</UserName><UserId>AIDASYNTHETIC")
        .append(i).append("</UserId><Arn>arn:aws:iam::").append(account).append(":user/").append(name)
        .append("</Arn><CreateDate>").append(CREATED).append("</CreateDate><GroupList/><AttachedManagedPolicies/>")
        .append("<Tags><member><Key>Department</Key><Value>dept-").append(i % 7)
        .append("</Value></member></Tags></member>");
  }

  private static void role(StringBuilder xml, String account, int i) {
    String name = String.format("role-%05d", i);
    String path = i % 10 == 0 ? "/aws-service-role/ecs.amazonaws.com/" : "/";
    String trust = URLEncoder.encode(i % 7 == 0 ? VENDOR_TRUST : LAMBDA_TRUST, StandardCharsets.UTF_8);
    xml.append("<member><Path>").append(path).append("</Path><RoleName>").append(name)
        .append("</RoleName><RoleId>AROASYNTHETIC").append(i).append("</RoleId><Arn>arn:aws:iam::").append(account)
        .append(":role").append(path).append(name).append("</Arn><CreateDate>").append(CREATED)
        .append("</CreateDate><AssumeRolePolicyDocument>").append(trust).append("</AssumeRolePolicyDocument>")
        .append("<InstanceProfileList/><RolePolicyList/><AttachedManagedPolicies/><Tags><member><Key>Name</Key>")
        .append("<Value>").append(name).append("</Value></member></Tags><RoleLastUsed>");
    if (i % 2 == 0) {
      xml.append("<LastUsedDate>2026-11-01T00:00:00Z</LastUsedDate><Region>us-east-1</Region>");
    }
    xml.append("</RoleLastUsed></member>");
  }

  static String generateCredentialReport() {
    return "<GenerateCredentialReportResponse><GenerateCredentialReportResult><State>COMPLETE</State>"
        + "</GenerateCredentialReportResult></GenerateCredentialReportResponse>";
  }

  String credentialReport(String account) {
    StringBuilder csv = new StringBuilder(REPORT_HEADER).append('\n').append("<root_account>,arn:aws:iam::")
        .append(account).append(":root,2020-01-01T00:00:00+00:00,not_supported,N/A,not_supported,not_supported,"
            + "true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");
    for (int i = 0; i < users; i++) {
      String name = String.format("user-%05d", i);
      boolean console = i % 2 == 0;
      csv.append(name).append(",arn:aws:iam::").append(account).append(":user/").append(name)
          .append(",2026-01-01T00:00:00+00:00,").append(console).append(',')
          .append(console ? "2026-11-01T00:00:00+00:00" : "N/A").append(",N/A,N/A,").append(i % 3 == 0)
          .append(",true,2026-01-01T00:00:00+00:00,2026-11-01T00:00:00+00:00,us-east-1,s3,")
          .append("false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");
    }
    String content = Base64.getEncoder().encodeToString(csv.toString().getBytes(StandardCharsets.UTF_8));
    return "<GetCredentialReportResponse><GetCredentialReportResult><Content>" + content + "</Content>"
        + "<ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-12-01T00:00:00Z</GeneratedTime>"
        + "</GetCredentialReportResult></GetCredentialReportResponse>";
  }

  private static String first(Map<String, List<String>> query, String name, String fallback) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }
}
