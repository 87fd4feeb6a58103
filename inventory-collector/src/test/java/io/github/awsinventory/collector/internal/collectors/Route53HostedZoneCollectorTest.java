package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.Route53Exception;

class Route53HostedZoneCollectorTest {

  @Test
  void id_withOrWithoutThePrefix_isTheBareZoneId() {
    assertThat(Route53HostedZoneCollector.id(HostedZone.builder().id("/hostedzone/Z0123ABC").build()))
        .isEqualTo("Z0123ABC");
    assertThat(Route53HostedZoneCollector.id(HostedZone.builder().id("Z0123ABC").build())).isEqualTo("Z0123ABC");
  }

  @Test
  void shared_callsOnceAndGivesEveryAskerTheSameAnswer() {
    AtomicInteger calls = new AtomicInteger();
    Route53HostedZoneCollector.Shared<String> shared = new Route53HostedZoneCollector.Shared<>(client -> {
      calls.incrementAndGet();
      return "tags";
    });

    assertThat(shared.get(null)).isEqualTo("tags");
    assertThat(shared.get(null)).isEqualTo("tags");
    assertThat(calls).hasValue(1);
  }

  @Test
  void shared_whenTheServiceAnswersWithAnError_throwsTheSameErrorWithoutCallingAgain() {
    AtomicInteger calls = new AtomicInteger();
    AwsServiceException denied = Route53Exception.builder().message("denied").statusCode(403).build();
    Route53HostedZoneCollector.Shared<String> shared = new Route53HostedZoneCollector.Shared<>(client -> {
      calls.incrementAndGet();
      throw denied;
    });

    assertThatThrownBy(() -> shared.get(null)).isSameAs(denied);
    assertThatThrownBy(() -> shared.get(null)).isSameAs(denied);
    assertThat(calls).hasValue(1);
  }

  @Test
  void shared_whenTheCallGetsNoAnswer_triesAgainOnTheNextAsk() {
    AtomicInteger calls = new AtomicInteger();
    Route53HostedZoneCollector.Shared<String> shared = new Route53HostedZoneCollector.Shared<>(client -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("connection reset");
      }
      return "tags";
    });

    assertThatThrownBy(() -> shared.get(null)).hasMessage("connection reset");
    assertThat(shared.get(null)).isEqualTo("tags");
    assertThat(calls).hasValue(2);
  }
}
