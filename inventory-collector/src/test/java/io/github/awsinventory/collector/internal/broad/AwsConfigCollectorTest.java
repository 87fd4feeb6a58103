package io.github.awsinventory.collector.internal.broad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.BroadTier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsConfigCollectorTest {

  @ParameterizedTest
  @CsvSource({
      "AWS::EC2::Instance, ec2_instance",
      "AWS::EC2::VPCEndpoint, ec2_vpc_endpoint",
      "AWS::RDS::DBInstance, rds_db_instance",
      "AWS::S3::Bucket, s3_bucket",
      "AWS::ElasticLoadBalancingV2::LoadBalancer, elasticloadbalancingv2_load_balancer",
      "AWS::CodeBuild::Project, codebuild_project",
      "AWS::SSM::ManagedInstanceInventory, ssm_managed_instance_inventory",
      "Acme::Widgets::Gear, widgets_gear",
  })
  void typesARecordedResourceWithoutAnArn_fromConfigsName(String configType, String type) {
    assertThat(AwsConfigCollector.typeOf(configType)).contains(ResourceType.of(type));
  }

  @Test
  void aNameNotOfThreeParts_hasNoType() {
    assertThat(AwsConfigCollector.typeOf("AWS::EC2")).isEmpty();
    assertThat(AwsConfigCollector.typeOf(null)).isEmpty();
    assertThat(AwsConfigCollector.typeOf("AWS::::Thing")).isEmpty();
  }

  @Test
  void eachScopeAsksForItsRegion_andTheGlobalScopeForWhatConfigRecordsAsGlobal() {
    assertThat(AwsConfigCollector.expression("eu-west-1")).startsWith("SELECT resourceId, resourceName, resourceType, "
        + "arn, awsRegion, accountId, resourceCreationTime, configurationItemStatus, tags, configuration")
        .endsWith(" WHERE awsRegion = 'eu-west-1'");
    assertThat(AwsConfigCollector.expression("global")).endsWith(" WHERE awsRegion = 'global'");
    assertThatThrownBy(() -> AwsConfigCollector.expression("eu-west-1' OR '1'='1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theScopesAreBroad_andItsItemsSayWhereTheyCameFrom() {
    AwsConfigCollector regional = new AwsConfigCollector(false, DeepCoverage.of(List.of()));
    AwsConfigCollector global = new AwsConfigCollector(true, DeepCoverage.of(List.of()));

    assertThat(regional.type()).isEqualTo(BroadTier.AWS_CONFIG);
    assertThat(global.type()).isEqualTo(BroadTier.AWS_CONFIG_GLOBAL);
    assertThat(global.isGlobal()).isTrue();
    assertThat(regional.iamActions()).containsExactly("config:SelectResourceConfig");
    assertThat(BroadTier.isBroadScope(BroadTier.AWS_CONFIG)).isTrue();
    assertThat(BroadTier.sourceOf(BroadTier.AWS_CONFIG_GLOBAL)).contains("aws-config");
    assertThat(BroadTier.sourceOf(BroadTier.TAGGING_API)).contains("tagging-api");
  }
}
