package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.opensearch.OpenSearchClient;
import software.amazon.awssdk.services.opensearch.model.OpenSearchPartitionInstanceType;

@AwsEmulatorTest
class OpenSearchDomainCollectorIT {

  @Test
  void collect_domains_reportsEncryptionNetworkAndNodes(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String vpc = ec2.createVpc(v -> v.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    String subnet = ec2.createSubnet(s -> s.vpcId(vpc).cidrBlock("10.0.1.0/24")).subnet().subnetId();
    OpenSearchClient openSearch = aws.client(OpenSearchClient.builder(), ACCOUNT);
    String arn = openSearch.createDomain(d -> d.domainName("search").engineVersion("OpenSearch_2.11")
        .clusterConfig(c -> c.instanceType(OpenSearchPartitionInstanceType.R6_G_LARGE_SEARCH).instanceCount(3))
        .encryptionAtRestOptions(e -> e.enabled(true)).nodeToNodeEncryptionOptions(n -> n.enabled(true))
        .domainEndpointOptions(e -> e.enforceHTTPS(true)).vpcOptions(v -> v.subnetIds(subnet))
        .tagList(t -> t.key("team").value("platform"))).domainStatus().arn();
    openSearch.createDomain(d -> d.domainName("public").engineVersion("OpenSearch_2.11"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.OPENSEARCH_DOMAIN);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("opensearch_domain", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource search = run.named("search");
    assertThat(search.resourceId()).isEqualTo(arn).isEqualTo("arn:aws:es:us-east-1:" + ACCOUNT + ":domain/search");
    assertThat(search.tags()).isEqualTo(Map.of("team", "platform"));
    assertThat(search.createdAt()).isPresent();
    assertThat(search.unknownAttributes()).isEmpty();
    assertThat(search.attributes())
        .containsEntry("engine_version", "OpenSearch_2.11")
        .containsEntry("data_node_type", "r6g.large.search")
        .containsEntry("data_node_count", number(3))
        .containsEntry("encryption_at_rest", true)
        .containsEntry("node_to_node_encryption", true)
        .containsEntry("enforce_https", true)
        .containsEntry("creation_date", search.createdAt().get().toString());
    Resource open = run.named("public");
    assertThat(open.attributes())
        .containsEntry("encryption_at_rest", false)
        .containsEntry("node_to_node_encryption", false)
        .containsEntry("in_vpc", false)
        .doesNotContainKey("vpc_id");
  }

  @Test
  void collect_whenTheConfigIsDenied_keepsTheDomainWithItsCreationDateUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(OpenSearchClient.builder(), account).createDomain(d -> d.domainName("denied")
        .engineVersion("OpenSearch_2.11"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("es")
        .operation("GET /2021-01-01/opensearch/domain/denied/config"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.OPENSEARCH_DOMAIN, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource domain = run.named("denied");
    assertThat(domain.unknownAttributes()).containsExactly("creation_date");
    assertThat(domain.createdAt()).isEmpty();
    assertThat(domain.attributes()).containsEntry("in_vpc", false);
    assertThat(run.report.detailErrors()).singleElement().asString().contains("domain/denied")
        .contains("AccessDenied");
  }
}
