package io.github.awsinventory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.awsinventory.collector.Shard;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event's fields beside {@code action}, read without AWS. */
class EventsTest {

  @Test
  void accounts_whenAbsent_areNone() {
    List<String> accounts = Events.accounts(Map.of("action", "collect"));

    assertThat(accounts).isEmpty();
  }

  @Test
  void accounts_keepTheEventsOrder() {
    List<String> accounts = Events.accounts(Map.of("accounts", List.of("333333333333", "111111111111")));

    assertThat(accounts).containsExactly("333333333333", "111111111111");
  }

  @Test
  void accounts_notAList_isRefusedNamingTheFieldAndValue() {
    BadEventException e = catchThrowableOfType(BadEventException.class,
        () -> Events.accounts(Map.of("accounts", "111111111111")));

    assertThat(e).hasMessage("\"accounts\" must be a list of 12-digit account ids (was 111111111111)");
  }

  @Test
  void accounts_withANumberOrAShortId_isRefusedNamingTheEntry() {
    BadEventException number = catchThrowableOfType(BadEventException.class,
        () -> Events.accounts(Map.of("accounts", List.of(111111111111L))));
    BadEventException shortId = catchThrowableOfType(BadEventException.class,
        () -> Events.accounts(Map.of("accounts", List.of("111111111111", "12345"))));

    assertThat(number).hasMessage("\"accounts\" must hold 12-digit account ids as strings (found 111111111111)");
    assertThat(shortId).hasMessage("\"accounts\" must hold 12-digit account ids as strings (found 12345)");
  }

  @Test
  void shard_whenAbsent_isEmpty_andWhenGiven_isParsed() {
    Optional<Shard> none = Events.shard(Map.of());
    Optional<Shard> second = Events.shard(Map.of("shard", "2/4"));

    assertThat(none).isEmpty();
    assertThat(second).contains(Shard.parse("2/4"));
  }

  @Test
  void shard_thatDoesNotParse_isRefusedWithTheCollectorsReasonUnderTheFieldsName() {
    BadEventException outOfRange = catchThrowableOfType(BadEventException.class,
        () -> Events.shard(Map.of("shard", "5/4")));
    BadEventException notKOfN = catchThrowableOfType(BadEventException.class,
        () -> Events.shard(Map.of("shard", "half")));

    assertThat(outOfRange.getMessage()).startsWith("\"shard\": ").contains("5/4");
    assertThat(notKOfN.getMessage()).startsWith("\"shard\": ").contains("half");
  }

  @Test
  void batchSize_whenAbsent_isTwentyFive_andAWholeDoubleCounts() {
    int absent = Events.batchSize(Map.of());
    int whole = Events.batchSize(Map.of("batch_size", 2.0));

    assertThat(absent).isEqualTo(25);
    assertThat(whole).isEqualTo(2);
  }

  @Test
  void batchSize_outOfRangeFractionalOrNotANumber_isRefusedNamingTheValue() {
    Map<Object, String> refused = new HashMap<>();
    for (Object size : List.of(0, 1001, 2.5, "10", 4_294_967_297L)) {
      refused.put(size, catchThrowableOfType(BadEventException.class,
          () -> Events.batchSize(Map.of("batch_size", size))).getMessage());
    }

    assertThat(refused).containsOnly(
        Map.entry(0, "\"batch_size\" must be a whole number from 1 to 1000 (was 0)"),
        Map.entry(1001, "\"batch_size\" must be a whole number from 1 to 1000 (was 1001)"),
        Map.entry(2.5, "\"batch_size\" must be a whole number from 1 to 1000 (was 2.5)"),
        Map.entry("10", "\"batch_size\" must be a whole number from 1 to 1000 (was 10)"),
        Map.entry(4_294_967_297L, "\"batch_size\" must be a whole number from 1 to 1000 (was 4294967297)"));
  }
}
