package io.github.awsinventory.collector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code n} disjoint parts of an organisation: account {@code a} belongs to shard
 * {@code 1 + (h(a) mod n)}, where {@code h} is the first 8 bytes of the SHA-256 of the account id read as
 * an unsigned number. The assignment is stable across processes, machines and languages, so several
 * collectors (or Lambda invocations) given {@code 1/n} … {@code n/n} cover every account exactly once.
 */
public final class Shard {

  private static final Pattern FORMAT = Pattern.compile("(\\d+)/(\\d+)");

  private final int index;
  private final int count;

  private Shard(int index, int count) {
    this.index = index;
    this.count = count;
  }

  /**
   * Shard {@code index} of {@code count}.
   *
   * @param index 1-based, at most {@code count}
   * @param count at least 1
   * @return the shard
   * @throws CollectionException when {@code index} is not between 1 and {@code count}
   */
  public static Shard of(int index, int count) {
    if (count < 1 || index < 1 || index > count) {
      throw new CollectionException("shard must be k/n with 1 <= k <= n (was " + index + "/" + count
          + "); e.g. --shard 2/4");
    }
    return new Shard(index, count);
  }

  /**
   * Parses {@code k/n}.
   *
   * @param text e.g. {@code 2/4}
   * @return the shard
   */
  public static Shard parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new CollectionException("shard must be k/n (was '" + text + "'); e.g. --shard 2/4");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The shard an account belongs to when the organisation is split in {@code count}.
   *
   * @param accountId the account
   * @param count the number of shards
   * @return the 1-based shard index
   */
  public static int indexOf(String accountId, int count) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (hash[i] & 0xff);
      }
      return (int) Long.remainderUnsigned(h, count) + 1;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /**
   * Whether an account belongs to this shard.
   *
   * @param accountId the account
   * @return true when it does
   */
  public boolean contains(String accountId) {
    return indexOf(accountId, count) == index;
  }

  /**
   * The 1-based index.
   *
   * @return k
   */
  public int index() {
    return index;
  }

  /**
   * The number of shards.
   *
   * @return n
   */
  public int count() {
    return count;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shard && ((Shard) o).index == index && ((Shard) o).count == count;
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, count);
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
