package io.github.awsinventory.collector.internal.broad;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.ResourceCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.arns.Arn;

class DeepCoverageTest {

  private static final DeepCoverage BUILT_IN = DeepCoverage.of(withPlugIn());

  @ParameterizedTest
  @CsvSource({
      "arn:aws:ec2:eu-west-1:111111111111:instance/i-0123, true",
      "arn:aws:ec2:eu-west-1::snapshot/snap-0123, true",
      "arn:aws:ec2:eu-west-1:111111111111:snapshot/snap-0123, true",
      "arn:aws:ec2:eu-west-1:111111111111:volume/vol-0123, true",
      "arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/web/50dc6c495c0c9188, true",
      "arn:aws:s3:::logs-bucket, true",
      "arn:aws:iam::111111111111:user/ops/alice, true",
      "arn:aws:rds:eu-west-1:111111111111:db:orders, true",
      "arn:aws:lambda:eu-west-1:111111111111:function:worker, true",
      "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab, true",
      "arn:aws:secretsmanager:eu-west-1:111111111111:secret:prod/orders/db-a1B2c3, true",
      "arn:aws:logs:eu-west-1:111111111111:log-group:/aws/lambda/worker, true",
      "arn:aws:ecr:eu-west-1:111111111111:repository/team/api, true",
      "arn:aws:ec2:eu-west-1:111111111111:vpc/vpc-0123, true",
      "arn:aws:ec2:eu-west-1:111111111111:subnet/subnet-0123, true",
      "arn:aws:ec2:eu-west-1::image/ami-0123, true",
      "arn:aws:ec2:eu-west-1:111111111111:image/ami-0123, true",
      "arn:aws:autoscaling:eu-west-1:111111111111:autoScalingGroup:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d:"
          + "autoScalingGroupName/web, true",
      "arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/classic-web, true",
      "arn:aws:rds:eu-west-1:111111111111:snapshot:rds:orders-2026-11-02-03-10, true",
      "arn:aws:cloudtrail:eu-west-1:111111111111:trail/audit, true",
      "arn:aws:acm:eu-west-1:111111111111:certificate/12345678-1234-1234-1234-123456789012, true",
      "arn:aws:iam::111111111111:root, true",
      "arn:aws:iam::111111111111:role/Deployer, true",
      "arn:aws:iam::111111111111:policy/ops/deploy, true",
      "arn:aws:eks:eu-west-1:111111111111:cluster/prod, true",
      "arn:aws:eks:eu-west-1:111111111111:nodegroup/prod/workers/5ec5e3c4-0f7e-4b2d-9d3e-1a2b3c4d5e6f, false",
      "arn:aws:ecs:eu-west-1:111111111111:cluster/prod, true",
      "arn:aws:ecs:eu-west-1:111111111111:task-definition/web:3, false",
      "arn:aws:ecs:eu-west-1:111111111111:service/prod/web, true",
      "arn:aws:elasticfilesystem:eu-west-1:111111111111:file-system/fs-0123456789abcdef0, true",
      "arn:aws:elasticfilesystem:eu-west-1:111111111111:access-point/fsap-0123456789abcdef0, false",
      "arn:aws:elasticache:eu-west-1:111111111111:cluster:sessions-001, true",
      "arn:aws:elasticache:eu-west-1:111111111111:replicationgroup:sessions, false",
      "arn:aws:es:eu-west-1:111111111111:domain/logs, true",
      "arn:aws:redshift:eu-west-1:111111111111:cluster:warehouse, true",
      "arn:aws:redshift:eu-west-1:111111111111:snapshot:warehouse/nightly, false",
      "arn:aws:sqs:eu-west-1:111111111111:jobs, true",
      "arn:aws:sns:eu-west-1:111111111111:alerts, true",
      "arn:aws:kinesis:eu-west-1:111111111111:stream/clicks, true",
      "arn:aws:states:eu-west-1:111111111111:stateMachine:orders, true",
      "arn:aws:apigateway:eu-west-1::/restapis/a1b2c3, true",
      // a stage is summarised in its API's item
      "arn:aws:apigateway:eu-west-1::/restapis/a1b2c3/stages/prod, true",
      "arn:aws:apigateway:eu-west-1::/domainnames/api.example.com, false",
      "arn:aws:apigateway:eu-west-1::/apis/d4e5f6, true",
      "arn:aws:apigateway:eu-west-1::/apis/d4e5f6/stages/$default, true",
      "arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ, true",
      "arn:aws:route53:::healthcheck/abcdef11-2222-3333-4444-555555fedcba, false",
      "arn:aws:cloudfront::111111111111:distribution/E2ABCDEFGHIJKL, true",
      "arn:aws:cloudfront::111111111111:origin-access-identity/E3ABCDEFGHIJKL, false",
      // a plug-in of the first SPI covers its type without an ARN form
      "arn:aws:athena:eu-west-1:111111111111:workgroup/analysts, true",
      "arn:aws:ec2:eu-west-1:111111111111:vpc-endpoint/vpce-0123, false",
      "arn:aws:kms:eu-west-1:111111111111:alias/orders, false",
      "arn:aws:iam::111111111111:group/admins, false",
  })
  void covers_theArnsOfTheDeepCollectors(String arn, boolean covered) {
    assertThat(BUILT_IN.covers(arn, Arn.fromString(arn))).isEqualTo(covered);
  }

  @ParameterizedTest
  @CsvSource({
      "arn:aws:ec2:eu-west-1:111111111111:instance/i-0123, true",
      "arn:aws:rds:eu-west-1:111111111111:db:orders, true",
      "arn:aws:ssm:eu-west-1:111111111111:parameter/app/url, false",
  })
  void typesCollectedElsewhere_areCoveredWithoutTheirCollectorsHere(String arn, boolean covered) {
    DeepCoverage elsewhere = DeepCoverage.of(List.of(), ResourceCatalog.builtIn().descriptors());

    assertThat(elsewhere.covers(arn, Arn.fromString(arn))).isEqualTo(covered);
    assertThat(DeepCoverage.of(List.of()).covers(arn, Arn.fromString(arn))).as("no collector, nothing elsewhere")
        .isFalse();
  }

  private static List<ResourceCollector> withPlugIn() {
    List<ResourceCollector> collectors = new ArrayList<>(ResourceCollectors.discover());
    collectors.add(new ResourceCollector() {
      @Override
      public ResourceType type() {
        return ResourceType.of("athena_workgroup");
      }

      @Override
      public String service() {
        return "athena";
      }

      @Override
      public List<String> iamActions() {
        return List.of("athena:ListWorkGroups");
      }

      @Override
      public void collect(CollectionContext context, ResourceSink sink) {}
    });
    return collectors;
  }
}
