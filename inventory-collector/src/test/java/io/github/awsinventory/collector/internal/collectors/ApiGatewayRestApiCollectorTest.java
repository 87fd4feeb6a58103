package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.MethodSetting;
import software.amazon.awssdk.services.apigateway.model.Stage;

class ApiGatewayRestApiCollectorTest {

  @Test
  void logsExecutions_whenTheStageWideSettingLogsErrorsOrInfo_isTrue() {
    assertThat(ApiGatewayRestApiCollector.logsExecutions(stage(Map.of("*/*", logging("ERROR"))))).isTrue();
    assertThat(ApiGatewayRestApiCollector.logsExecutions(stage(Map.of("*/*", logging("INFO"),
        "orders/GET", MethodSetting.builder().cachingEnabled(true).build())))).isTrue();
  }

  @Test
  void logsExecutions_whenOffMissingOrTurnedOffForAMethod_isFalse() {
    assertThat(ApiGatewayRestApiCollector.logsExecutions(stage(Map.of()))).isFalse();
    assertThat(ApiGatewayRestApiCollector.logsExecutions(stage(Map.of("*/*", logging("OFF"))))).isFalse();
    assertThat(ApiGatewayRestApiCollector.logsExecutions(stage(Map.of("orders/GET", logging("INFO"))))).isFalse();
    assertThat(ApiGatewayRestApiCollector.logsExecutions(stage(Map.of("*/*", logging("INFO"),
        "orders/GET", logging("OFF"))))).isFalse();
  }

  @Test
  void cachesUnencrypted_whenAMethodCachesWithoutEncryption_isTrue() {
    Stage stage = stage(Map.of("*/*", cache(true, true), "orders/GET", cache(true, false)));

    assertThat(ApiGatewayRestApiCollector.cachesUnencrypted(stage)).isTrue();
  }

  @Test
  void cachesUnencrypted_whenCachingIsOffOrEncrypted_isFalse() {
    assertThat(ApiGatewayRestApiCollector.cachesUnencrypted(stage(Map.of()))).isFalse();
    assertThat(ApiGatewayRestApiCollector.cachesUnencrypted(stage(Map.of("*/*", cache(false, false))))).isFalse();
    assertThat(ApiGatewayRestApiCollector.cachesUnencrypted(stage(Map.of("*/*", cache(true, true))))).isFalse();
  }

  private static Stage stage(Map<String, MethodSetting> settings) {
    return Stage.builder().stageName("prod").methodSettings(settings).build();
  }

  private static MethodSetting logging(String level) {
    return MethodSetting.builder().loggingLevel(level).build();
  }

  private static MethodSetting cache(boolean enabled, boolean encrypted) {
    return MethodSetting.builder().cachingEnabled(enabled).cacheDataEncrypted(encrypted).build();
  }
}
