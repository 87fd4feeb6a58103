package io.github.awsinventory.query;

import java.util.Optional;

/**
 * A page to read: its size and, after the first, the token of the page before. For callers that page
 * themselves (an API, a UI).
 *
 * <pre>{@code
 * Page<Resource> first = query.page(q, PageRequest.first(50));
 * Page<Resource> second = query.page(q, PageRequest.after(first.nextToken().orElseThrow(), 50));
 * }</pre>
 */
public final class PageRequest {

  /** The largest page size accepted. */
  public static final int MAX_SIZE = 1000;

  private final int size;
  private final String token;

  private PageRequest(int size, String token) {
    if (size < 1 || size > MAX_SIZE) {
      throw new QueryException("page size must be between 1 and " + MAX_SIZE + " (was " + size + "); read more "
          + "pages rather than larger ones");
    }
    this.size = size;
    this.token = token;
  }

  /**
   * The first page.
   *
   * @param size items per page, 1 to {@value #MAX_SIZE}
   * @return the request
   * @throws QueryException when the size is out of range
   */
  public static PageRequest first(int size) {
    return new PageRequest(size, null);
  }

  /**
   * The page after the one that returned {@code token}.
   *
   * @param token a {@link Page#nextToken()}
   * @param size items per page, 1 to {@value #MAX_SIZE}
   * @return the request
   * @throws QueryException when the token is blank or the size is out of range
   */
  public static PageRequest after(String token, int size) {
    if (token == null || token.isBlank()) {
      throw new QueryException("token must not be blank (was '" + token + "'); use PageRequest.first for the first "
          + "page");
    }
    return new PageRequest(size, token);
  }

  /**
   * Items per page.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * The token of the previous page.
   *
   * @return the token, empty for the first page
   */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }
}
