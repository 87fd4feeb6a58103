package io.github.awsinventory.query;

import java.util.List;
import java.util.Optional;

/**
 * One page of results and the token of the next one.
 *
 * @param <T> the item type
 */
public final class Page<T> {

  private final List<T> items;
  private final String nextToken;

  /**
   * Creates a page.
   *
   * @param items the items
   * @param nextToken the token of the next page, or null on the last page
   */
  public Page(List<T> items, String nextToken) {
    this.items = List.copyOf(items);
    this.nextToken = nextToken;
  }

  /**
   * The items, in index order.
   *
   * @return items
   */
  public List<T> items() {
    return items;
  }

  /**
   * The token to pass to {@link PageRequest#after} for the next page. Tokens are opaque and tied to the
   * query that produced them.
   *
   * @return the token, empty on the last page
   */
  public Optional<String> nextToken() {
    return Optional.ofNullable(nextToken);
  }
}
