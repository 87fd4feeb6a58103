package io.github.awsinventory.testkit.estate;

import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.internal.EstateClients;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.TagResourceType;

/**
 * Builds resources in the emulator across accounts and regions and records each one — ids, ARN, name,
 * tags and {@link Traits} — for an {@link EstateManifest} that says exactly what was built.
 *
 * <pre>{@code
 * try (Estate estate = Estate.in(aws).account("111111111111", "engineering", "engineering")) {
 *   Site site = estate.at("111111111111", "eu-west-1");
 *   BuiltResource web = site.instance(i -> i.name("web-1").instanceType("m5.large").allowImdsV1(true));
 *   site.volume(v -> v.name("data").volumeType("gp2").encrypted(false).attachTo(web.id()));
 *   estate.iamUser("111111111111", u -> u.name("alice").consoleAccess(true));
 *   EstateManifest manifest = estate.manifest();
 * }
 * }</pre>
 *
 * <p>Every account is reached through {@link AwsEmulator#credentialsFor(String)}. Besides what is built
 * explicitly, the manifest records the default security group the emulator keeps in every account and
 * region of the estate ({@link Traits#DEFAULT}), because collectors see it too. The default KMS key the
 * emulator makes for encrypted EBS volumes is AWS managed ({@code alias/aws/ebs}), which no collector
 * inventories, so it is not recorded. Once the estate holds a VPC, a subnet, an RDS snapshot or an IAM role, the
 * manifest also
 * records the default VPC or subnets of every site, the automated snapshots of DB instances, or the Lambda execution
 * role of every account with functions,
 * because their collectors see them; otherwise they are left out.
 *
 * <p>An estate is not thread-safe. Close it to close its SDK clients.
 */
public final class Estate implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Estate.class);
  private static final String LAMBDA_ROLE = "estate-lambda-role";

  private final AwsEmulator aws;
  private final EstateClients clients;
  private final Map<String, EstateAccount> accounts = new LinkedHashMap<>();
  private final Set<String> regions = new LinkedHashSet<>();
  private final Map<String, Site> sites = new LinkedHashMap<>();
  private final List<BuiltResource> resources = new ArrayList<>();
  private final Map<String, String> lambdaRoles = new LinkedHashMap<>();
  private final long startedNanos = System.nanoTime();
  private boolean supportingResourcesRecorded;

  private Estate(AwsEmulator aws) {
    this.aws = Objects.requireNonNull(aws, "aws");
    this.clients = new EstateClients(aws);
  }

  /**
   * Starts an empty estate in an emulator.
   *
   * @param aws the emulator
   * @return the estate; declare its accounts with {@link #account}
   */
  public static Estate in(AwsEmulator aws) {
    return new Estate(aws);
  }

  /**
   * Declares an account of the estate.
   *
   * @param accountId the 12-digit account id
   * @param name its name in the accounts configuration, e.g. {@code engineering}
   * @param department the department of its untagged resources
   * @return this estate
   * @throws IllegalArgumentException when the id is not 12 digits or already declared differently
   */
  public Estate account(String accountId, String name, String department) {
    Objects.requireNonNull(accountId, "accountId");
    if (!accountId.matches("\\d{12}")) {
      throw new IllegalArgumentException("accountId must be 12 digits (was '" + accountId + "')");
    }
    EstateAccount account = new EstateAccount(accountId, requireText(name, "name"),
        requireText(department, "department"));
    EstateAccount previous = accounts.putIfAbsent(accountId, account);
    if (previous != null && !previous.equals(account)) {
      throw new IllegalArgumentException("account " + accountId + " is already declared as " + previous
          + "; declare each account once");
    }
    return this;
  }

  /**
   * The place to build regional resources (and S3 buckets) in an account and region.
   *
   * @param accountId a declared account
   * @param region a region, e.g. {@code eu-west-1}
   * @return the site
   * @throws IllegalArgumentException when the account is not declared
   */
  public Site at(String accountId, String region) {
    requireAccount(accountId);
    requireText(region, "region");
    if (BuiltResource.GLOBAL.equals(region)) {
      throw new IllegalArgumentException("region must be a real region (was 'global'); build IAM users with "
          + "iamUser(accountId, spec)");
    }
    Site site = sites.get(accountId + "|" + region);
    if (site == null) {
      regions.add(region);
      site = new Site(this, accountId, region);
      sites.put(accountId + "|" + region, site);
      site.recordDefaultSecurityGroups();
    }
    return site;
  }

  /**
   * Creates an IAM user (global, recorded in region {@link BuiltResource#GLOBAL}).
   *
   * @param accountId a declared account
   * @param spec sets the user's name (required), tags and credentials
   * @return the user (id: the user name)
   */
  public BuiltResource iamUser(String accountId, Consumer<IamUserSpec> spec) {
    requireAccount(accountId);
    IamUserSpec s = new IamUserSpec();
    spec.accept(s);
    String name = s.requireName("IAM user");
    IamClient iam = iamClient(accountId);
    List<Tag> tags = s.tags.entrySet().stream()
        .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
        .collect(Collectors.toList());
    User user = iam.createUser(r -> r.userName(name).tags(tags)).user();
    BuiltResource.Builder built = BuiltResource.builder(ResourceTypes.IAM_USER, accountId, BuiltResource.GLOBAL)
        .id(name).arn(user.arn()).name(name).tags(s.tags).traits(s.extraTraits).attribute("user_id", user.userId());
    if (s.consoleAccess) {
      iam.createLoginProfile(r -> r.userName(name).password(Site.PASSWORD));
      built.trait(Traits.CONSOLE_ACCESS);
      if (!s.mfa) {
        built.trait(Traits.CONSOLE_WITHOUT_MFA);
      }
    }
    if (s.mfa) {
      String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName(name)).virtualMFADevice().serialNumber();
      iam.enableMFADevice(r -> r.userName(name).serialNumber(serial).authenticationCode1("123456")
          .authenticationCode2("654321"));
      built.trait(Traits.MFA);
    }
    if (s.accessKey) {
      iam.createAccessKey(r -> r.userName(name));
      built.trait(Traits.ACCESS_KEY);
    }
    return record(built.build());
  }

  /**
   * Creates an IAM role (global) that another account may assume.
   *
   * @param accountId a declared account
   * @param spec sets the role's name and trusted account (both required), the external id condition and tags
   * @return the role (id: the role name)
   */
  public BuiltResource iamRole(String accountId, Consumer<IamRoleSpec> spec) {
    requireAccount(accountId);
    IamRoleSpec s = new IamRoleSpec();
    spec.accept(s);
    String name = s.requireName("IAM role");
    if (s.trustedAccount == null || !s.trustedAccount.matches("\\d{12}")) {
      throw new IllegalArgumentException("IAM role " + name + ": trustedAccount must be 12 digits (was "
          + s.trustedAccount + "); call trustedAccount(\"222222222222\")");
    }
    String condition = s.externalId
        ? ", \"Condition\": {\"StringEquals\": {\"sts:ExternalId\": \"estate-" + name + "\"}}" : "";
    String trust = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
        + "\"arn:aws:iam::" + s.trustedAccount + ":root\"}, \"Action\": \"sts:AssumeRole\"" + condition + "}]}";
    Role role = iamClient(accountId).createRole(r -> r.roleName(name).assumeRolePolicyDocument(trust)
        .tags(iamTags(s.tags))).role();
    return record(BuiltResource.builder(ResourceTypes.IAM_ROLE, accountId, BuiltResource.GLOBAL).id(name)
        .arn(role.arn()).name(name).tags(s.tags).traits(s.extraTraits)
        .trait(s.externalId, Traits.TRUST_WITH_EXTERNAL_ID, Traits.TRUST_WITHOUT_EXTERNAL_ID).build());
  }

  /**
   * Creates a customer managed IAM policy (global), attached to a role if asked.
   *
   * @param accountId a declared account
   * @param spec sets the policy's name (required), whether it allows everything, the role and tags
   * @return the policy (id: the policy name; ARN: its ARN)
   */
  public BuiltResource iamPolicy(String accountId, Consumer<IamPolicySpec> spec) {
    requireAccount(accountId);
    IamPolicySpec s = new IamPolicySpec();
    spec.accept(s);
    String name = s.requireName("IAM policy");
    String statement = s.fullAdmin ? "\"Action\": \"*\", \"Resource\": \"*\""
        : "\"Action\": [\"cloudwatch:GetMetricData\", \"cloudwatch:ListMetrics\"], \"Resource\": \"*\"";
    IamClient iam = iamClient(accountId);
    String arn = iam.createPolicy(r -> r.policyName(name).policyDocument("{\"Version\": \"2012-10-17\", "
        + "\"Statement\": [{\"Effect\": \"Allow\", " + statement + "}]}").tags(iamTags(s.tags))).policy().arn();
    if (s.attachTo != null) {
      iam.attachRolePolicy(r -> r.roleName(s.attachTo).policyArn(arn));
    }
    BuiltResource.Builder built = BuiltResource.builder(ResourceTypes.IAM_POLICY, accountId, BuiltResource.GLOBAL)
        .id(name).arn(arn).name(name).tags(s.tags).traits(s.extraTraits);
    if (s.fullAdmin) {
      built.trait(Traits.FULL_ADMIN);
    }
    if (s.attachTo == null) {
      built.trait(Traits.UNUSED);
    }
    return record(built.build());
  }

  /**
   * Creates a public Route 53 hosted zone (global).
   *
   * @param accountId a declared account
   * @param spec sets the domain (required, as the name), an extra record and tags
   * @return the zone (id: its zone id without {@code /hostedzone/}; name: the domain with its final dot)
   */
  public BuiltResource hostedZone(String accountId, Consumer<HostedZoneSpec> spec) {
    requireAccount(accountId);
    HostedZoneSpec s = new HostedZoneSpec();
    spec.accept(s);
    String name = s.requireName("hosted zone");
    Route53Client route53 = client(Route53Client.class, Route53Client::builder, accountId, aws.region().id());
    String id = route53.createHostedZone(r -> r.name(name).callerReference("estate-" + accountId + "-" + name))
        .hostedZone().id().replace("/hostedzone/", "");
    if (s.record) {
      route53.changeResourceRecordSets(r -> r.hostedZoneId(id).changeBatch(b -> b.changes(c -> c
          .action(ChangeAction.CREATE).resourceRecordSet(rs -> rs.name("www." + name).type(RRType.A).ttl(300L)
              .resourceRecords(v -> v.value("192.0.2.10"))))));
    }
    if (!s.tags.isEmpty()) {
      route53.changeTagsForResource(r -> r.resourceType(TagResourceType.HOSTEDZONE).resourceId(id)
          .addTags(s.tags.entrySet().stream().map(t -> software.amazon.awssdk.services.route53.model.Tag.builder()
              .key(t.getKey()).value(t.getValue()).build()).collect(Collectors.toList())));
    }
    BuiltResource.Builder built = BuiltResource.builder(ResourceTypes.ROUTE53_HOSTED_ZONE, accountId,
        BuiltResource.GLOBAL).id(id).arn("arn:aws:route53:::hostedzone/" + id)
        .name(name.endsWith(".") ? name : name + ".").tags(s.tags).traits(s.extraTraits).trait(Traits.PUBLIC);
    if (!s.record) {
      built.trait(Traits.EMPTY);
    }
    return record(built.build());
  }

  /**
   * Creates a CloudFront distribution (global).
   *
   * @param accountId a declared account
   * @param spec sets the name (required, as its comment), whether it is secure or disabled, and tags
   * @return the distribution (id: its distribution id)
   */
  public BuiltResource distribution(String accountId, Consumer<DistributionSpec> spec) {
    requireAccount(accountId);
    DistributionSpec s = new DistributionSpec();
    spec.accept(s);
    String name = s.requireName("distribution");
    String origin = name + ".origin.example.com";
    DistributionConfig.Builder config = DistributionConfig.builder().callerReference("estate-" + accountId + "-" + name)
        .comment(name).enabled(!s.disabled)
        .origins(o -> o.quantity(1).items(Origin.builder().id("origin").domainName(origin)
            .customOriginConfig(c -> c.httpPort(80).httpsPort(443)
                .originProtocolPolicy(s.secure ? "https-only" : "http-only")).build()))
        .defaultCacheBehavior(b -> b.targetOriginId("origin")
            .viewerProtocolPolicy(s.secure ? ViewerProtocolPolicy.HTTPS_ONLY : ViewerProtocolPolicy.ALLOW_ALL)
            .forwardedValues(f -> f.queryString(false).cookies(k -> k.forward("none"))).minTTL(0L));
    if (s.secure) {
      config.viewerCertificate(v -> v.cloudFrontDefaultCertificate(false)
          .acmCertificateArn("arn:aws:acm:us-east-1:" + accountId + ":certificate/" + UUID.nameUUIDFromBytes(
              name.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .sslSupportMethod("sni-only").minimumProtocolVersion("TLSv1.2_2021"))
          .webACLId("arn:aws:wafv2:us-east-1:" + accountId + ":global/webacl/estate/1")
          .logging(l -> l.enabled(true).includeCookies(false).bucket("estate-logs.s3.amazonaws.com").prefix(name));
    }
    CloudFrontClient cloudFront = client(CloudFrontClient.class, CloudFrontClient::builder, accountId,
        aws.region().id());
    String id = cloudFront.createDistributionWithTags(r -> r.distributionConfigWithTags(c -> c
        .distributionConfig(config.build()).tags(t -> t.items(s.tags.entrySet().stream()
            .map(e -> software.amazon.awssdk.services.cloudfront.model.Tag.builder().key(e.getKey())
                .value(e.getValue()).build()).collect(Collectors.toList()))))).distribution().id();
    BuiltResource.Builder built = BuiltResource.builder(ResourceTypes.CLOUDFRONT_DISTRIBUTION, accountId,
        BuiltResource.GLOBAL).id(id).arn("arn:aws:cloudfront::" + accountId + ":distribution/" + id).name(name)
        .tags(s.tags).traits(s.extraTraits).trait(s.secure, Traits.HTTPS_ONLY, Traits.ALLOWS_HTTP);
    if (s.disabled) {
      built.trait(Traits.DISABLED);
    }
    return record(built.build());
  }

  /**
   * Records the {@code aws_account} item of every declared account (global, id and name: the account id), which
   * the account collector makes once per account whatever the account holds.
   *
   * @return this estate
   */
  public Estate awsAccounts() {
    for (String accountId : accounts.keySet()) {
      boolean recorded = resources.stream()
          .anyMatch(r -> r.type().equals(ResourceTypes.AWS_ACCOUNT) && r.accountId().equals(accountId));
      if (!recorded) {
        record(BuiltResource.builder(ResourceTypes.AWS_ACCOUNT, accountId, BuiltResource.GLOBAL).id(accountId)
            .arn("arn:aws:iam::" + accountId + ":root").name(accountId).build());
      }
    }
    return this;
  }

  /**
   * What the estate holds so far. First records the default security group of every account and region
   * of the estate not visited yet, so that each account is complete in every region the configuration
   * names.
   *
   * @return the manifest
   */
  public EstateManifest manifest() {
    for (String accountId : accounts.keySet()) {
      for (String region : List.copyOf(regions)) {
        at(accountId, region);
      }
    }
    recordSupportingResources();
    EstateManifest manifest = new EstateManifest(resources, List.copyOf(accounts.values()), List.copyOf(regions));
    LOG.info("Estate holds {} in {} ms", manifest,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos));
    return manifest;
  }

  /** Closes the estate's SDK clients; what was built stays in the emulator. */
  @Override
  public void close() {
    clients.close();
  }

  <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C client(
      Class<C> type, Supplier<B> builder, String accountId, String region) {
    return clients.client(type, builder, accountId, region);
  }

  IamClient iamClient(String accountId) {
    return client(IamClient.class, IamClient::builder, accountId, aws.region().id());
  }

  /** The execution role for Lambda functions of an account, created on first use. */
  String lambdaRole(String accountId) {
    return lambdaRoles.computeIfAbsent(accountId, id -> iamClient(id).createRole(r -> r
        .roleName(LAMBDA_ROLE)
        .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"))
        .role().arn());
  }

  /**
   * Once the estate holds a type whose collector also lists what the emulator keeps by default or what the estate
   * made to support other resources, records those too: the default VPC and its subnets of every site, the
   * automated snapshot the emulator takes of every DB instance, the Lambda execution roles.
   */
  private void recordSupportingResources() {
    if (supportingResourcesRecorded) {
      return;
    }
    supportingResourcesRecorded = true;
    boolean vpcs = holds(ResourceTypes.VPC);
    boolean subnets = holds(ResourceTypes.SUBNET);
    boolean dbSnapshots = holds(ResourceTypes.RDS_SNAPSHOT);
    for (Site site : sites.values()) {
      site.recordDefaultVpcAndSubnets(vpcs, subnets);
      if (dbSnapshots) {
        site.recordAutomatedDbSnapshots();
      }
    }
    if (holds(ResourceTypes.IAM_ROLE)) {
      lambdaRoles.forEach((accountId, arn) -> record(BuiltResource.builder(ResourceTypes.IAM_ROLE, accountId,
          BuiltResource.GLOBAL).id(LAMBDA_ROLE).arn(arn).name(LAMBDA_ROLE).trait(Traits.DEFAULT).build()));
    }
  }

  boolean recorded(String accountId, String region, String id) {
    return resources.stream().anyMatch(r -> r.accountId().equals(accountId) && r.region().equals(region)
        && r.id().equals(id));
  }

  private boolean holds(String type) {
    return resources.stream().anyMatch(r -> r.type().equals(type));
  }

  private static List<Tag> iamTags(Map<String, String> tags) {
    return tags.entrySet().stream().map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build())
        .collect(Collectors.toList());
  }

  BuiltResource record(BuiltResource resource) {
    resources.add(resource);
    LOG.debug("Built {} in {}/{}", resource, resource.accountId(), resource.region());
    return resource;
  }

  private void requireAccount(String accountId) {
    if (!accounts.containsKey(accountId)) {
      throw new IllegalArgumentException("account " + accountId + " is not declared; call account(\"" + accountId
          + "\", name, department) first");
    }
  }

  private static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank (was " + (value == null ? "null" : "'" + value
          + "'") + ")");
    }
    return value;
  }
}
