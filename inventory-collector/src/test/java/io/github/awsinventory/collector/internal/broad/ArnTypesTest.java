package io.github.awsinventory.collector.internal.broad;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.ResourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.arns.Arn;

class ArnTypesTest {

  @ParameterizedTest
  @CsvSource({
      "arn:aws:sqs:eu-west-1:111111111111:jobs, sqs_queue, jobs",
      "arn:aws:sns:eu-west-1:111111111111:alerts, sns_topic, alerts",
      "arn:aws:s3:::logs-bucket, s3_bucket, logs-bucket",
      "arn:aws:elasticfilesystem:eu-west-1:111111111111:file-system/fs-0123, elasticfilesystem_file_system, fs-0123",
      "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab, kms_key, 1234abcd-12ab",
      "arn:aws:logs:eu-west-1:111111111111:log-group:/aws/lambda/x, logs_log_group, x",
      "arn:aws:apigateway:eu-west-1::/restapis/a1b2c3, apigateway_restapis, a1b2c3",
      "arn:aws:iam::111111111111:role/service/Deployer, iam_role, Deployer",
      "arn:aws:rds:eu-west-1:111111111111:db:orders, rds_db, orders",
      "arn:aws:secretsmanager:eu-west-1:111111111111:secret:db-AbCdEf, secretsmanager_secret, db-AbCdEf",
      "arn:aws:cloudfront::111111111111:distribution/E2ABC, cloudfront_distribution, E2ABC",
      "arn:aws:ecs:eu-west-1:111111111111:task-definition/web:3, ecs_task_definition, web:3",
      "arn:aws:lambda:eu-west-1:111111111111:function:orders:7, lambda_function, orders:7",
      "arn:aws:glue:eu-west-1:111111111111:database/2024, glue_database, 2024",
  })
  void typeAndName_comeFromTheArn(String arn, String type, String name) {
    Arn parsed = Arn.fromString(arn);

    assertThat(ArnTypes.typeOf(parsed)).hasValue(ResourceType.of(type));
    assertThat(ArnTypes.nameOf(parsed, null)).isEqualTo(name);
  }

  @Test
  void name_isTheNameTag_whenThereIsOne() {
    assertThat(ArnTypes.nameOf(Arn.fromString("arn:aws:sqs:eu-west-1:111111111111:jobs"), "Job queue"))
        .isEqualTo("Job queue");
  }

  @Test
  void typeOf_aBareResourceOfAnotherService_isTheService() {
    assertThat(ArnTypes.typeOf(Arn.fromString("arn:aws:example:eu-west-1:111111111111:thing")))
        .hasValue(ResourceType.of("example"));
  }
}
