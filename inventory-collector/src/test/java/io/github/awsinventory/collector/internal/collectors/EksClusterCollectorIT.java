package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.LogType;

@AwsEmulatorTest
class EksClusterCollectorIT {

  private static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/eks-cluster";
  private static final String KEY = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/6a5b4c3d-2e1f-0a9b-8c7d-6e5f4a3b2c1d";

  @Test
  void collect_clusters_reportsEndpointLoggingAndEncryption(AwsEmulator aws) {
    EksClient eks = aws.client(EksClient.builder(), ACCOUNT);
    Cluster prod = eks.createCluster(c -> c.name("prod").version("1.31").roleArn(ROLE)
        .resourcesVpcConfig(v -> v.subnetIds("subnet-1", "subnet-2").endpointPublicAccess(true)
            .endpointPrivateAccess(true).publicAccessCidrs("203.0.113.0/24"))
        .logging(l -> l.clusterLogging(s -> s.enabled(true).types(LogType.AUDIT, LogType.API)))
        .encryptionConfig(e -> e.resources("secrets").provider(p -> p.keyArn(KEY)))
        .tags(Map.of("team", "platform"))).cluster();
    eks.createCluster(c -> c.name("open").roleArn(ROLE)
        .resourcesVpcConfig(v -> v.subnetIds("subnet-1").endpointPublicAccess(true).endpointPrivateAccess(false)
            .publicAccessCidrs("0.0.0.0/0")));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.EKS_CLUSTER);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("eks_cluster", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource collected = run.named("prod");
    assertThat(collected.resourceId()).isEqualTo("arn:aws:eks:us-east-1:" + ACCOUNT + ":cluster/prod")
        .isEqualTo(prod.arn());
    assertThat(collected.tags()).isEqualTo(Map.of("team", "platform"));
    assertThat(collected.state()).contains("ACTIVE");
    assertThat(collected.createdAt()).isPresent();
    assertThat(collected.unknownAttributes()).isEmpty();
    assertThat(collected.attributes())
        .containsEntry("kubernetes_version", "1.31")
        .containsEntry("cluster_status", "ACTIVE")
        .containsEntry("endpoint_public_access", true)
        .containsEntry("endpoint_private_access", true)
        .containsEntry("public_access_cidrs", List.of("203.0.113.0/24"))
        .containsEntry("enabled_log_types", List.of("api", "audit"))
        .containsEntry("secrets_encrypted", true)
        .containsEntry("secrets_key_arn", KEY)
        .containsEntry("creation_date", collected.createdAt().get().toString());
    Resource open = run.named("open");
    assertThat(open.attributes())
        .containsEntry("endpoint_public_access", true)
        .containsEntry("endpoint_private_access", false)
        .containsEntry("public_access_cidrs", List.of("0.0.0.0/0"))
        .containsEntry("enabled_log_types", List.of())
        .containsEntry("secrets_encrypted", false)
        .doesNotContainKey("secrets_key_arn");
  }

  @Test
  void collect_whenDescribeIsDenied_keepsClusterWithEverythingUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(EksClient.builder(), account).createCluster(c -> c.name("denied").roleArn(ROLE)
        .resourcesVpcConfig(v -> v.subnetIds("subnet-1")));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("eks").operation("GET /clusters/denied"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.EKS_CLUSTER, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource cluster = run.named("denied");
    assertThat(cluster.resourceId()).isEqualTo("arn:aws:eks:us-east-1:" + account + ":cluster/denied");
    assertThat(cluster.unknownAttributes()).contains("secrets_encrypted", "enabled_log_types",
        "endpoint_public_access", "tags");
    assertThat(cluster.attributes()).doesNotContainKey("secrets_encrypted");
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains("cluster/denied").contains("AccessDenied");
  }
}
