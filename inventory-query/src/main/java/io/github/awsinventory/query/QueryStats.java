package io.github.awsinventory.query;

/**
 * What the queries of an {@link InventoryQuery} have cost so far: requests sent, items DynamoDB read
 * (its {@code ScannedCount}) and items returned. On the sparse indexes every item read is returned: the
 * ratio is 1.0 whatever the depth of history.
 */
public final class QueryStats {

  private final long requests;
  private final long itemsRead;
  private final long itemsReturned;

  /**
   * Creates stats.
   *
   * @param requests Query requests sent
   * @param itemsRead items read (ScannedCount)
   * @param itemsReturned items returned (Count)
   */
  public QueryStats(long requests, long itemsRead, long itemsReturned) {
    this.requests = requests;
    this.itemsRead = itemsRead;
    this.itemsReturned = itemsReturned;
  }

  /**
   * Query requests sent.
   *
   * @return a count
   */
  public long requests() {
    return requests;
  }

  /**
   * Items DynamoDB read.
   *
   * @return a count
   */
  public long itemsRead() {
    return itemsRead;
  }

  /**
   * Items returned.
   *
   * @return a count
   */
  public long itemsReturned() {
    return itemsReturned;
  }

  /**
   * Items read per item returned; 1.0 when nothing was read.
   *
   * @return the ratio
   */
  public double readAmplification() {
    return itemsReturned == 0 ? (itemsRead == 0 ? 1.0 : Double.POSITIVE_INFINITY) : (double) itemsRead / itemsReturned;
  }

  @Override
  public String toString() {
    return requests + " requests, " + itemsRead + " items read, " + itemsReturned + " returned";
  }
}
