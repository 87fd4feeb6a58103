package io.github.awsinventory.testkit.estate;

import io.github.awsinventory.testkit.AwsEmulator;
import java.util.List;

/**
 * The standard organisation aws-inventory tests itself (and its {@code demo}) against: three accounts in
 * two regions, with the thirteen original resource types in every account and region and every other built-in
 * type in at least one (with the default VPCs and subnets, the Lambda execution roles and one {@code aws_account}
 * item per account), a violating and a compliant resource for most security findings, waste for the cleanup report,
 * and department tags under
 * {@code Department}, {@code department} and {@code CostCenter} — or none, falling back to the account's
 * department — and ten tagged resources of ten services without a built-in collector (SSM, EventBridge, Glue,
 * Athena, Backup, SWF, AppSync, CloudFormation, Service Catalog, DMS) for the broad tier, trait
 * {@link Traits#BROAD}.
 *
 * <table>
 *   <caption>Accounts</caption>
 *   <tr><th>Id</th><th>Name</th><th>Department</th></tr>
 *   <tr><td>{@value #ENGINEERING}</td><td>engineering</td><td>engineering</td></tr>
 *   <tr><td>{@value #MARKETING}</td><td>marketing</td><td>marketing</td></tr>
 *   <tr><td>{@value #DATA}</td><td>data</td><td>data-platform</td></tr>
 * </table>
 *
 * <p>Regions {@value #US_EAST_1} and {@value #EU_WEST_1}. Counts differ between accounts and regions, so
 * tests can check exact numbers; read them from the manifest rather than copying them:
 *
 * <pre>{@code
 * EstateManifest manifest = StandardEstate.build(aws);
 * int volumes = manifest.count(ResourceTypes.EBS_VOLUME, StandardEstate.DATA, StandardEstate.US_EAST_1);
 * }</pre>
 *
 * <p>The content is the same on every run; only the ids the emulator assigns differ.
 */
public final class StandardEstate {

  /** The engineering account (department {@code engineering}). */
  public static final String ENGINEERING = "111111111111";
  /** The marketing account (department {@code marketing}). */
  public static final String MARKETING = "222222222222";
  /** The data account (department {@code data-platform}). */
  public static final String DATA = "333333333333";
  /** The estate's accounts, in order. */
  public static final List<String> ACCOUNT_IDS = List.of(ENGINEERING, MARKETING, DATA);

  /** The first region. */
  public static final String US_EAST_1 = "us-east-1";
  /** The second region. */
  public static final String EU_WEST_1 = "eu-west-1";
  /** The estate's regions, in order. */
  public static final List<String> REGIONS = List.of(US_EAST_1, EU_WEST_1);

  private StandardEstate() {}

  /**
   * Builds the standard estate in an emulator (best freshly reset: bucket names are fixed).
   *
   * @param aws the emulator
   * @return what was built
   */
  public static EstateManifest build(AwsEmulator aws) {
    try (Estate estate = Estate.in(aws)
        .account(ENGINEERING, "engineering", "engineering")
        .account(MARKETING, "marketing", "marketing")
        .account(DATA, "data", "data-platform")) {
      engineeringUsEast1(estate.at(ENGINEERING, US_EAST_1));
      engineeringEuWest1(estate.at(ENGINEERING, EU_WEST_1));
      engineeringUsers(estate);
      marketingUsEast1(estate.at(MARKETING, US_EAST_1));
      marketingEuWest1(estate.at(MARKETING, EU_WEST_1));
      marketingUsers(estate);
      dataUsEast1(estate.at(DATA, US_EAST_1));
      dataEuWest1(estate.at(DATA, EU_WEST_1));
      dataUsers(estate);
      engineeringPlatform(estate.at(ENGINEERING, US_EAST_1));
      engineeringEuPlatform(estate.at(ENGINEERING, EU_WEST_1));
      engineeringIdentity(estate);
      marketingServices(estate.at(MARKETING, EU_WEST_1));
      dataServices(estate.at(DATA, US_EAST_1));
      estate.awsAccounts();
      broadTier(estate);
      return estate.manifest();
    }
  }

  /**
   * The platform, security and application services of the engineering account: a violating and a compliant
   * resource for most of their rules, and waste for their cleanup reasons.
   */
  private static void engineeringPlatform(Site site) {
    BuiltResource core = site.vpc(v -> v.name("eng-core").cidrBlock("10.1.0.0/16").flowLogs(true)
        .tag("Department", "engineering"));
    site.subnet(s -> s.name("eng-core-private").vpc(core.id()).cidrBlock("10.1.1.0/24"));
    BuiltResource base = site.image(i -> i.name("eng-base-2026").tag("Department", "engineering"));
    site.image(i -> i.name("eng-golden-public").launchableByEveryone(true));
    site.autoScalingGroup(g -> g.name("eng-batch").image(base.id()).tag("Department", "engineering"));
    site.classicLoadBalancer(l -> l.name("eng-legacy-elb"));
    site.ecsCluster(c -> c.name("eng-services").containerInsights(true).tag("Department", "engineering"));
    site.ecsCluster(c -> c.name("eng-empty").trait(Traits.EMPTY));
    site.ecsService(e -> e.name("eng-api-svc").cluster("eng-services").assignPublicIp(true));
    site.ecsService(e -> e.name("eng-worker").cluster("eng-services").tag("Department", "engineering"));
    site.eksCluster(k -> k.name("eng-k8s").publicEndpoint(true).tag("Department", "engineering"));
    site.ecrRepository(r -> r.name("eng/api").scanOnPush(true).tag("Department", "engineering"));
    site.ecrRepository(r -> r.name("eng/legacy"));
    site.kmsKey(k -> k.name("eng-data-key").rotation(true).tag("Department", "engineering"));
    site.kmsKey(k -> k.name("eng-old-key"));
    site.kmsKey(k -> k.name("eng-retired-key").rotation(true).scheduledForDeletion(true));
    site.kmsKey(k -> k.name("eng-disabled-key").rotation(true).disabled(true));
    site.secret(s -> s.name("eng/db-password").tag("Department", "engineering"));
    site.logGroup(g -> g.name("/eng/app").retentionDays(30).event("started").tag("Department", "engineering"));
    site.logGroup(g -> g.name("/eng/legacy").event("legacy job finished"));
    site.trail(t -> t.name("eng-audit").bucket("eng-artifacts-" + ENGINEERING).multiRegionLogging(true));
    site.trail(t -> t.name("eng-local").bucket("eng-logs-" + ENGINEERING));
    site.certificate(c -> c.name("api.eng.example.com").tag("Department", "engineering"));
    site.queue(q -> q.name("eng-orders").tag("Department", "engineering"));
    site.queue(q -> q.name("eng-open-inbox").encrypted(false).openToEveryone(true));
    site.topic(t -> t.name("eng-alerts").tag("Department", "engineering"));
    site.stateMachine(m -> m.name("eng-orders-flow"));
    site.restApi(a -> a.name("eng-public-api").tag("Department", "engineering"));
    site.httpApi(a -> a.name("eng-http-api"));
  }

  private static void engineeringEuPlatform(Site site) {
    site.eksCluster(k -> k.name("eng-eu-k8s"));
    site.ecrRepository(r -> r.name("eng/eu-worker").scanOnPush(true));
    site.logGroup(g -> g.name("/eng/eu-worker").retentionDays(14));
  }

  private static void engineeringIdentity(Estate estate) {
    BuiltResource deploy = estate.iamRole(ENGINEERING, r -> r.name("eng-partner-deploy").trustedAccount(MARKETING)
        .requireExternalId(true).tag("Department", "engineering"));
    estate.iamRole(ENGINEERING, r -> r.name("eng-vendor-audit").trustedAccount("999999999999"));
    estate.iamPolicy(ENGINEERING, p -> p.name("eng-break-glass").fullAdmin(true));
    estate.iamPolicy(ENGINEERING, p -> p.name("eng-metrics-read").attachTo(deploy.id()));
    estate.hostedZone(ENGINEERING, z -> z.name("eng.example.com").withRecord(true).tag("Department", "engineering"));
    estate.hostedZone(ENGINEERING, z -> z.name("eng-parked.example.com"));
    // untagged: the emulator's Tagging API gives a tagged distribution an ARN without its region field
    estate.distribution(ENGINEERING, d -> d.name("eng-site").secure(true));
    estate.distribution(ENGINEERING, d -> d.name("eng-legacy-cdn"));
    estate.distribution(ENGINEERING, d -> d.name("eng-retired-cdn").secure(true).disabled(true));
  }

  private static void marketingServices(Site site) {
    site.queue(q -> q.name("mkt-leads").encrypted(false).tag("Department", "marketing"));
    site.topic(t -> t.name("mkt-newsletter").encrypted(false).openToEveryone(true));
    site.logGroup(g -> g.name("/mkt/site"));
    site.secret(s -> s.name("mkt/api-key"));
    site.kmsKey(k -> k.name("mkt-key").tag("department", "marketing"));
  }

  private static void dataServices(Site site) {
    site.dbSnapshot(s -> s.name("data-staging-public").dbInstance("data-staging").restorableByEveryone(true));
    site.dbSnapshot(s -> s.name("data-warehouse-manual").dbInstance("data-warehouse")
        .tag("Department", "data-platform"));
    site.fileSystem(f -> f.name("data-shared").tag("Department", "data-platform"));
    site.fileSystem(f -> f.name("data-scratch-fs").encrypted(false));
    site.cacheCluster(c -> c.name("data-cache").tag("Department", "data-platform"));
    site.searchDomain(d -> d.name("data-search").tag("Department", "data-platform"));
    site.searchDomain(d -> d.name("data-logs-search").encrypted(false));
    site.redshiftCluster(r -> r.name("data-dw").tag("Department", "data-platform"));
    site.redshiftCluster(r -> r.name("data-dw-open").publiclyAccessible(true).encrypted(false));
    site.stream(k -> k.name("data-clicks").tag("Department", "data-platform"));
    site.stream(k -> k.name("data-raw-events").encrypted(false));
  }

  /** One tagged resource of each of ten services that only the broad tier finds. */
  private static void broadTier(Estate estate) {
    Site engineering = estate.at(ENGINEERING, US_EAST_1);
    engineering.tagged(t -> t.service(TaggedResourceSpec.Service.SSM_PARAMETER).name("eng-api-endpoint")
        .tag("Department", "engineering"));
    engineering.tagged(t -> t.service(TaggedResourceSpec.Service.EVENT_BUS).name("eng-orders-bus")
        .tag("Department", "engineering"));
    engineering.tagged(t -> t.service(TaggedResourceSpec.Service.SWF_DOMAIN).name("eng-workflows"));
    Site marketing = estate.at(MARKETING, EU_WEST_1);
    marketing.tagged(t -> t.service(TaggedResourceSpec.Service.ATHENA_WORKGROUP).name("mkt-analysts")
        .tag("department", "marketing"));
    marketing.tagged(t -> t.service(TaggedResourceSpec.Service.APPSYNC_API).name("mkt-catalog-api")
        .tag("CostCenter", "web"));
    marketing.tagged(t -> t.service(TaggedResourceSpec.Service.CATALOG_PORTFOLIO).name("mkt-portfolio"));
    Site data = estate.at(DATA, US_EAST_1);
    data.tagged(t -> t.service(TaggedResourceSpec.Service.GLUE_DATABASE).name("data-lake")
        .tag("department", "data-platform"));
    data.tagged(t -> t.service(TaggedResourceSpec.Service.BACKUP_VAULT).name("data-vault"));
    data.tagged(t -> t.service(TaggedResourceSpec.Service.CLOUDFORMATION_STACK).name("data-pipeline")
        .tag("Department", "data-platform"));
    data.tagged(t -> t.service(TaggedResourceSpec.Service.DMS_ENDPOINT).name("data-crm-source"));
  }

  private static void engineeringUsEast1(Site site) {
    BuiltResource web1 = site.instance(i -> i.name("web-1").tag("Department", "engineering"));
    site.instance(i -> i.name("web-2").instanceType("m5.large").allowImdsV1(true).tag("department", "engineering"));
    site.instance(i -> i.name("legacy-1").instanceType("m4.large").tag("CostCenter", "platform"));
    site.instance(i -> i.stopped(true));
    BuiltResource scratch = site.volume(v -> v.name("scratch").volumeType("gp2").encrypted(false)
        .tag("Department", "engineering"));
    BuiltResource data = site.volume(v -> v.name("web-1-data").attachTo(web1.id()).tag("Department", "engineering"));
    site.volume(v -> v.volumeType("io1").iops(1000).sizeGib(100));
    site.snapshot(s -> s.name("scratch-backup").volume(scratch.id()));
    site.snapshot(s -> s.name("web-1-data-backup").volume(data.id()).tag("Department", "engineering"));
    site.elasticIp(e -> e.name("web-1-ip").associateWith(web1.id()));
    site.elasticIp(e -> e.name("spare-ip"));
    site.securityGroup(g -> g.name("bastion-ssh").ingress(22, "0.0.0.0/0").tag("Department", "engineering"));
    site.securityGroup(g -> g.name("windows-rdp").ingress(3389, "0.0.0.0/0"));
    site.securityGroup(g -> g.name("internal-https").ingress(443, "10.0.0.0/8").tag("CostCenter", "platform"));
    site.natGateway(n -> n.name("eng-nat").tag("Department", "engineering"));
    site.loadBalancer(l -> l.name("eng-web").tag("Department", "engineering"));
    site.bucket(b -> b.name("eng-logs-" + ENGINEERING).blockPublicAccess(false).defaultEncryption(false));
    site.bucket(b -> b.name("eng-artifacts-" + ENGINEERING).versioning(true).tag("Department", "engineering"));
    site.dbInstance(d -> d.name("eng-app-db").publiclyAccessible(true).encrypted(false).storage("gp2", 20)
        .tag("department", "engineering"));
    site.dbCluster(c -> c.name("eng-aurora").tag("Department", "engineering"));
    site.function(f -> f.name("eng-legacy-cron").runtime("python3.8"));
    site.function(f -> f.name("eng-api").tag("Department", "engineering"));
    site.table(t -> t.name("eng-sessions").provisioned(5, 5).tag("Department", "engineering"));
  }

  private static void engineeringEuWest1(Site site) {
    BuiltResource web = site.instance(i -> i.name("eu-web-1").tag("Department", "engineering"));
    site.instance(i -> i.name("experiment").instanceType("x9.mega").trait(Traits.UNKNOWN_PRICE));
    BuiltResource scratch = site.volume(v -> v.name("eu-scratch").tag("department", "engineering"));
    site.snapshot(s -> s.name("eu-scratch-backup").volume(scratch.id()));
    site.elasticIp(e -> e.name("eu-web-1-ip").associateWith(web.id()));
    site.securityGroup(g -> g.name("mysql-open").ingress(3306, "0.0.0.0/0"));
    site.natGateway(n -> n.name("eng-eu-nat"));
    site.loadBalancer(l -> l.name("eng-eu-internal").internal(true).tag("Department", "engineering"));
    site.bucket(b -> b.name("eng-eu-data-" + ENGINEERING).tag("Department", "engineering"));
    site.dbInstance(d -> d.name("eng-eu-db").engine("mysql"));
    site.dbCluster(c -> c.name("eng-eu-aurora"));
    site.function(f -> f.name("eng-eu-worker").tag("department", "engineering"));
    site.table(t -> t.name("eng-eu-events"));
  }

  private static void engineeringUsers(Estate estate) {
    estate.iamUser(ENGINEERING, u -> u.name("alice").consoleAccess(true).tag("Department", "engineering"));
    estate.iamUser(ENGINEERING, u -> u.name("bob").consoleAccess(true).mfa(true));
    estate.iamUser(ENGINEERING, u -> u.name("deploy-bot").accessKey(true).tag("CostCenter", "platform"));
  }

  private static void marketingUsEast1(Site site) {
    BuiltResource web = site.instance(i -> i.name("mkt-web-1").allowImdsV1(true).tag("Department", "marketing"));
    site.instance(i -> i.name("mkt-cms").instanceType("m5.large").stopped(true).tag("department", "marketing"));
    site.volume(v -> v.name("mkt-media").volumeType("gp2").attachTo(web.id()).tag("Department", "marketing"));
    BuiltResource exports = site.volume(v -> v.encrypted(false));
    site.snapshot(s -> s.volume(exports.id()));
    site.elasticIp(e -> e.name("mkt-spare-1").tag("Department", "marketing"));
    site.elasticIp(e -> e.name("mkt-spare-2"));
    site.securityGroup(g -> g.name("wide-open").ingressAllTraffic("0.0.0.0/0").tag("Department", "marketing"));
    site.securityGroup(g -> g.name("ssh-ipv6").ingress(22, "::/0"));
    site.natGateway(n -> n.name("mkt-nat").tag("department", "marketing"));
    site.loadBalancer(l -> l.name("mkt-site"));
    site.bucket(b -> b.name("mkt-site-" + MARKETING).blockPublicAccess(false).tag("department", "marketing"));
    site.bucket(b -> b.name("mkt-assets-" + MARKETING).defaultEncryption(false).tag("Department", "engineering"));
    site.dbInstance(d -> d.name("mkt-crm-db").engine("mysql").tag("Department", "marketing"));
    site.dbCluster(c -> c.name("mkt-aurora").encrypted(false));
    site.function(f -> f.name("mkt-mailer").runtime("python3.8").tag("Department", "marketing"));
    site.table(t -> t.name("mkt-campaigns").tag("CostCenter", "growth"));
  }

  private static void marketingEuWest1(Site site) {
    BuiltResource web = site.instance(i -> i.name("mkt-eu-web"));
    site.snapshot(s -> s.name("mkt-eu-web-root-backup").volume(web.attributes().get("root_volume_id")));
    site.securityGroup(g -> g.name("mkt-eu-internal").ingress(443, "10.0.0.0/8"));
    site.natGateway(n -> n.name("mkt-eu-nat"));
    site.loadBalancer(l -> l.name("mkt-eu-site").tag("Department", "marketing"));
    site.bucket(b -> b.name("mkt-eu-reports-" + MARKETING));
    site.dbInstance(d -> d.name("mkt-eu-db").publiclyAccessible(true).tag("CostCenter", "growth"));
    site.dbCluster(c -> c.name("mkt-eu-aurora").tag("Department", "marketing"));
    site.function(f -> f.name("mkt-eu-tracker"));
    site.table(t -> t.name("mkt-eu-visits").provisioned(2, 2));
  }

  private static void marketingUsers(Estate estate) {
    estate.iamUser(MARKETING, u -> u.name("carol").consoleAccess(true).mfa(true).tag("Department", "marketing"));
    estate.iamUser(MARKETING, u -> u.name("erin").consoleAccess(true).accessKey(true));
  }

  private static void dataUsEast1(Site site) {
    BuiltResource etl1 = site.instance(i -> i.name("etl-1").instanceType("m5.large")
        .tag("Department", "data-platform"));
    site.instance(i -> i.name("etl-2").instanceType("m5.large").tag("CostCenter", "analytics"));
    site.instance(i -> i.name("jupyter").allowImdsV1(true).stopped(true));
    BuiltResource warehouse = site.volume(v -> v.name("warehouse-1").volumeType("io1").iops(1000).sizeGib(100)
        .attachTo(etl1.id()).tag("Department", "data-platform"));
    BuiltResource scratch = site.volume(v -> v.name("etl-scratch").volumeType("gp2").encrypted(false));
    site.snapshot(s -> s.name("warehouse-1-backup").volume(warehouse.id()).tag("Department", "data-platform"));
    site.snapshot(s -> s.name("etl-scratch-backup").volume(scratch.id()));
    site.elasticIp(e -> e.name("etl-1-ip").associateWith(etl1.id()));
    site.securityGroup(g -> g.name("postgres-open").ingress(5432, "0.0.0.0/0").tag("Department", "data-platform"));
    site.securityGroup(g -> g.name("analytics-internal").ingress(5432, "10.0.0.0/8").ingress(22, "10.0.0.0/8"));
    site.natGateway(n -> n.name("data-nat"));
    site.loadBalancer(l -> l.name("data-api").internal(true).tag("CostCenter", "analytics"));
    site.bucket(b -> b.name("data-lake-" + DATA).versioning(true).tag("Department", "data-platform"));
    site.bucket(b -> b.name("data-raw-" + DATA).blockPublicAccess(false).defaultEncryption(false));
    site.dbInstance(d -> d.name("data-warehouse").instanceClass("db.m5.large").multiAz(true)
        .storage("io1", 100).iops(1000).tag("Department", "data-platform"));
    site.dbInstance(d -> d.name("data-staging").publiclyAccessible(true).encrypted(false));
    site.dbCluster(c -> c.name("data-aurora-1").tag("Department", "data-platform"));
    site.dbCluster(c -> c.name("data-aurora-2").engine("aurora-postgresql"));
    site.function(f -> f.name("data-ingest").memoryMb(512).tag("Department", "data-platform"));
    site.function(f -> f.name("data-legacy-export").runtime("python3.8").tag("CostCenter", "analytics"));
    site.table(t -> t.name("data-catalog").provisioned(10, 10).tag("Department", "data-platform"));
    site.table(t -> t.name("data-events"));
  }

  private static void dataEuWest1(Site site) {
    site.instance(i -> i.name("data-eu-etl").instanceType("m5.large").tag("department", "data-platform"));
    BuiltResource archive = site.volume(v -> v.name("data-eu-archive").volumeType("gp2"));
    site.snapshot(s -> s.name("data-eu-archive-backup").volume(archive.id()));
    site.elasticIp(e -> e.name("data-eu-spare").tag("CostCenter", "analytics"));
    site.securityGroup(g -> g.name("support-rdp").ingress(3389, "0.0.0.0/0"));
    site.natGateway(n -> n.name("data-eu-nat").tag("Department", "data-platform"));
    site.loadBalancer(l -> l.name("data-eu-api"));
    site.bucket(b -> b.name("data-eu-lake-" + DATA).tag("department", "data-platform"));
    site.dbInstance(d -> d.name("data-eu-db"));
    site.dbCluster(c -> c.name("data-eu-aurora"));
    site.function(f -> f.name("data-eu-ingest"));
    site.table(t -> t.name("data-eu-events").tag("Department", "data-platform"));
  }

  private static void dataUsers(Estate estate) {
    estate.iamUser(DATA, u -> u.name("frank").accessKey(true).tag("Department", "data-platform"));
    estate.iamUser(DATA, u -> u.name("grace").consoleAccess(true).mfa(true));
    estate.iamUser(DATA, u -> u.name("heidi").consoleAccess(true).tag("department", "data-platform"));
    estate.iamUser(DATA, u -> u.name("ivan"));
  }
}
