package io.github.awsinventory.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ShardTest {

  @Property
  void everyAccountBelongsToExactlyOneShard(@ForAll @NumericChars @StringLength(12) String accountId,
      @ForAll @IntRange(min = 1, max = 64) int count) {
    List<Integer> owners = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      if (Shard.of(k, count).contains(accountId)) {
        owners.add(k);
      }
    }

    assertThat(owners).containsExactly(Shard.indexOf(accountId, count));
  }

  @Test
  void assignment_isStableAcrossProcesses() {
    assertThat(Shard.indexOf("111111111111", 4)).isEqualTo(Shard.indexOf("111111111111", 4));
    assertThat(List.of(Shard.indexOf("111111111111", 4), Shard.indexOf("222222222222", 4),
        Shard.indexOf("333333333333", 4), Shard.indexOf("123456789012", 4)))
        .as("pinned values: changing the hash would move accounts between shards")
        .containsExactly(expected("111111111111"), expected("222222222222"), expected("333333333333"),
            expected("123456789012"));
  }

  @Test
  void assignment_spreadsAccountsEvenly() {
    int[] counts = new int[4];
    for (long id = 100_000_000_000L; id < 100_000_004_000L; id++) {
      counts[Shard.indexOf(Long.toString(id), 4) - 1]++;
    }

    assertThat(java.util.Arrays.stream(counts).boxed()).allSatisfy(c -> assertThat(c).isBetween(900, 1100));
  }

  @Test
  void parse_rejectsBadShardsNamingTheValue() {
    assertThat(Shard.parse("2/4")).isEqualTo(Shard.of(2, 4)).hasToString("2/4");
    assertThatThrownBy(() -> Shard.parse("0/4")).hasMessageContaining("0/4");
    assertThatThrownBy(() -> Shard.parse("5/4")).hasMessageContaining("5/4");
    assertThatThrownBy(() -> Shard.parse("two")).hasMessageContaining("'two'");
  }

  /** SHA-256 of the id, first 8 bytes unsigned, mod 4, plus 1 — computed independently of Shard. */
  private static int expected(String accountId) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(accountId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      java.math.BigInteger h = new java.math.BigInteger(1, java.util.Arrays.copyOf(hash, 8));
      return h.mod(java.math.BigInteger.valueOf(4)).intValue() + 1;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
