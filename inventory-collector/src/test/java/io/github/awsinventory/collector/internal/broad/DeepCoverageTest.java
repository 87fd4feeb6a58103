package io.github.awsinventory.collector.internal.broad;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.ResourceType;
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
      "arn:aws:sqs:eu-west-1:111111111111:jobs, true",
      "arn:aws:sns:eu-west-1:111111111111:alerts, true",
      "arn:aws:kinesis:eu-west-1:111111111111:stream/clicks, true",
      "arn:aws:states:eu-west-1:111111111111:stateMachine:orders, true",
      // a plug-in of the first SPI covers its type without an ARN form
      "arn:aws:athena:eu-west-1:111111111111:workgroup/analysts, true",
      "arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/classic-web, false",
      "arn:aws:ec2:eu-west-1:111111111111:vpc/vpc-0123, false",
      "arn:aws:iam::111111111111:role/Deployer, false",
      "arn:aws:kms:eu-west-1:111111111111:alias/orders, false",
  })
  void covers_theArnsOfTheDeepCollectors(String arn, boolean covered) {
    assertThat(BUILT_IN.covers(arn, Arn.fromString(arn))).isEqualTo(covered);
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
