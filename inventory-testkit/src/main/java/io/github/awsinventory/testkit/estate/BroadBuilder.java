package io.github.awsinventory.testkit.estate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.appsync.AppSyncClient;
import software.amazon.awssdk.services.appsync.model.AuthenticationType;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ReplicationEndpointTypeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * Builds a {@link Site}'s tagged resources of services without a built-in collector, which only the broad tier
 * finds. Each gets its spec's tags and a {@code Name} tag, so that the name the broad tier shows is the spec's.
 */
final class BroadBuilder {

  /** A template whose stack holds one resource that costs nothing and needs nothing else. */
  private static final String STACK_TEMPLATE = "{\"Resources\":{\"Handle\":"
      + "{\"Type\":\"AWS::CloudFormation::WaitConditionHandle\"}}}";

  private final SiteContext site;

  BroadBuilder(SiteContext site) {
    this.site = site;
  }

  BuiltResource tagged(Consumer<TaggedResourceSpec> spec) {
    TaggedResourceSpec s = new TaggedResourceSpec();
    spec.accept(s);
    String name = s.requireName("tagged resource");
    if (s.service == null) {
      throw new IllegalArgumentException("tagged resource " + name + ": no service; call service(...) on the spec");
    }
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("Name", name);
    tags.putAll(s.tags);
    String arn = create(s.service, name, tags);
    return site.record(site.builder(s.service.type()).id(name).arn(arn).name(name).tags(tags).traits(s.extraTraits)
        .trait(Traits.BROAD).build());
  }

  private String create(TaggedResourceSpec.Service service, String name, Map<String, String> tags) {
    String prefix = ":" + site.region() + ":" + site.accountId() + ":";
    switch (service) {
      case SSM_PARAMETER:
        site.client(SsmClient.class, SsmClient::builder).putParameter(r -> r.name(name).value("estate")
            .type(ParameterType.STRING).tags(list(tags, (k, v) -> software.amazon.awssdk.services.ssm.model.Tag
                .builder().key(k).value(v).build())));
        return "arn:aws:ssm" + prefix + "parameter/" + name;
      case EVENT_BUS:
        return site.client(EventBridgeClient.class, EventBridgeClient::builder).createEventBus(r -> r.name(name)
            .tags(list(tags, (k, v) -> software.amazon.awssdk.services.eventbridge.model.Tag.builder().key(k)
                .value(v).build()))).eventBusArn();
      case GLUE_DATABASE:
        site.client(GlueClient.class, GlueClient::builder).createDatabase(r -> r.databaseInput(d -> d.name(name))
            .tags(tags));
        return "arn:aws:glue" + prefix + "database/" + name;
      case ATHENA_WORKGROUP:
        site.client(AthenaClient.class, AthenaClient::builder).createWorkGroup(r -> r.name(name)
            .tags(list(tags, (k, v) -> software.amazon.awssdk.services.athena.model.Tag.builder().key(k).value(v)
                .build())));
        return "arn:aws:athena" + prefix + "workgroup/" + name;
      case BACKUP_VAULT:
        return site.client(BackupClient.class, BackupClient::builder).createBackupVault(r -> r.backupVaultName(name)
            .backupVaultTags(tags)).backupVaultArn();
      case SWF_DOMAIN:
        site.client(SwfClient.class, SwfClient::builder).registerDomain(r -> r.name(name)
            .workflowExecutionRetentionPeriodInDays("1")
            .tags(list(tags, (k, v) -> software.amazon.awssdk.services.swf.model.ResourceTag.builder().key(k)
                .value(v).build())));
        return "arn:aws:swf" + prefix + "/domain/" + name;
      case APPSYNC_API:
        return site.client(AppSyncClient.class, AppSyncClient::builder).createGraphqlApi(r -> r.name(name)
            .authenticationType(AuthenticationType.API_KEY).tags(tags)).graphqlApi().arn();
      case CLOUDFORMATION_STACK:
        return site.client(CloudFormationClient.class, CloudFormationClient::builder).createStack(r -> r
            .stackName(name).templateBody(STACK_TEMPLATE)
            .tags(list(tags, (k, v) -> software.amazon.awssdk.services.cloudformation.model.Tag.builder().key(k)
                .value(v).build()))).stackId();
      case CATALOG_PORTFOLIO:
        return site.client(ServiceCatalogClient.class, ServiceCatalogClient::builder).createPortfolio(r -> r
            .displayName(name).providerName("estate").idempotencyToken(name)
            .tags(list(tags, (k, v) -> software.amazon.awssdk.services.servicecatalog.model.Tag.builder().key(k)
                .value(v).build()))).portfolioDetail().arn();
      case DMS_ENDPOINT:
        return site.client(DatabaseMigrationClient.class, DatabaseMigrationClient::builder).createEndpoint(r -> r
            .endpointIdentifier(name).endpointType(ReplicationEndpointTypeValue.SOURCE).engineName("mysql")
            .serverName("db.estate.internal").port(3306).username("estate").password(Site.PASSWORD)
            .tags(list(tags, (k, v) -> software.amazon.awssdk.services.databasemigration.model.Tag.builder().key(k)
                .value(v).build()))).endpoint().endpointArn();
      default:
        throw new IllegalStateException("no builder for " + service);
    }
  }

  private static <T> List<T> list(Map<String, String> tags, BiFunction<String, String, T> tag) {
    return tags.entrySet().stream().map(e -> tag.apply(e.getKey(), e.getValue())).collect(Collectors.toList());
  }
}
