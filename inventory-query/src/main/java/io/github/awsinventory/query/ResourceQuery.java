package io.github.awsinventory.query;

import io.github.awsinventory.model.ResourceType;
import java.util.Objects;
import java.util.Optional;

/**
 * Which live resources to read, expressed so that it is always a key condition on one of the table's
 * indexes — never a filter, never a scan:
 *
 * <ul>
 *   <li>{@link #byType}: all of a type, optionally in one account (and region);
 *   <li>{@link #byDepartment}: all of a department, optionally of one type (and account, and region);
 *   <li>{@link #byAccount}: all of an account, optionally of one type (and region).
 * </ul>
 *
 * <pre>{@code
 * ResourceQuery.byDepartment("platform").type(ResourceType.EBS_VOLUME);
 * ResourceQuery.byAccount("111111111111").type(ResourceType.EC2_INSTANCE).region("eu-west-1");
 * }</pre>
 */
public final class ResourceQuery {

  /** The index a query reads. */
  public enum Index {
    /** {@code resource-type-index}. */
    TYPE,
    /** {@code department-index}. */
    DEPARTMENT,
    /** {@code account-index}. */
    ACCOUNT
  }

  private final Index index;
  private final String hashValue;
  private final ResourceType type;
  private final String account;
  private final String region;

  private ResourceQuery(Index index, String hashValue, ResourceType type, String account, String region) {
    this.index = index;
    this.hashValue = hashValue;
    this.type = type;
    this.account = account;
    this.region = region;
  }

  /**
   * Every live resource of a type.
   *
   * @param type the type
   * @return the query
   */
  public static ResourceQuery byType(ResourceType type) {
    Objects.requireNonNull(type, "type");
    return new ResourceQuery(Index.TYPE, type.name(), type, null, null);
  }

  /**
   * Every live resource of a department.
   *
   * @param department the department (an unknown department simply has no resources)
   * @return the query
   * @throws QueryException when the department is blank
   */
  public static ResourceQuery byDepartment(String department) {
    if (department == null || department.isBlank()) {
      throw new QueryException("department must not be blank; use 'unassigned' for resources without one");
    }
    return new ResourceQuery(Index.DEPARTMENT, department, null, null, null);
  }

  /**
   * Every live resource of an account.
   *
   * @param accountId a 12-digit account id
   * @return the query
   * @throws QueryException when the id is not 12 digits
   */
  public static ResourceQuery byAccount(String accountId) {
    if (accountId == null || !accountId.matches("\\d{12}")) {
      throw new QueryException("accountId must be 12 digits (was '" + accountId + "'); pass the account's id, such "
          + "as 111111111111");
    }
    return new ResourceQuery(Index.ACCOUNT, accountId, null, accountId, null);
  }

  /**
   * Narrows a department or account query to one type.
   *
   * @param type the type
   * @return a new query
   * @throws QueryException when the query is by type
   */
  public ResourceQuery type(ResourceType type) {
    Objects.requireNonNull(type, "type");
    if (index == Index.TYPE) {
      throw new QueryException("a query by type already has its type (" + hashValue + "); narrow byDepartment(d) "
          + "or byAccount(a) by type instead");
    }
    return new ResourceQuery(index, hashValue, type, account, region);
  }

  /**
   * Narrows a type or department query to one account (a department query needs its type first).
   *
   * @param accountId a 12-digit account id
   * @return a new query
   * @throws QueryException when the id is not 12 digits, the query is by account, or a department query has no
   *     type yet
   */
  public ResourceQuery account(String accountId) {
    if (accountId == null || !accountId.matches("\\d{12}")) {
      throw new QueryException("accountId must be 12 digits (was '" + accountId + "'); pass the account's id, such "
          + "as 111111111111");
    }
    if (index == Index.ACCOUNT) {
      throw new QueryException("a query by account already has its account (" + hashValue + "); narrow it by "
          + "type and region instead");
    }
    if (index == Index.DEPARTMENT && type == null) {
      throw new QueryException("narrow a department query by type before account: byDepartment(d).type(t)"
          + ".account(a) is a key condition, byDepartment(d).account(a) would not be");
    }
    return new ResourceQuery(index, hashValue, type, accountId, region);
  }

  /**
   * Narrows to one region, after the parts that come before it in the index's sort key: type and account
   * for a type query, type and account for a department query, type for an account query.
   *
   * @param region a region, or {@code global}
   * @return a new query
   * @throws QueryException when the parts before the region in the index's sort key are not set yet
   */
  public ResourceQuery region(String region) {
    Objects.requireNonNull(region, "region");
    boolean ready = index == Index.ACCOUNT ? type != null : account != null && type != null;
    if (!ready) {
      throw new QueryException("a region can only narrow a query that already names "
          + (index == Index.ACCOUNT ? "its type: byAccount(a).type(t).region(r)"
              : "its type and account: " + (index == Index.TYPE ? "byType(t).account(a).region(r)"
                  : "byDepartment(d).type(t).account(a).region(r)")));
    }
    return new ResourceQuery(index, hashValue, type, account, region);
  }

  /**
   * The index read.
   *
   * @return the index
   */
  public Index index() {
    return index;
  }

  /**
   * The value of the index's hash key.
   *
   * @return a type name, department or account id
   */
  public String hashValue() {
    return hashValue;
  }

  /**
   * The type narrowed to.
   *
   * @return the type
   */
  public Optional<ResourceType> resourceType() {
    return Optional.ofNullable(type);
  }

  /**
   * The account narrowed to (for an account query, its account).
   *
   * @return the account id
   */
  public Optional<String> accountId() {
    return Optional.ofNullable(account);
  }

  /**
   * The region narrowed to.
   *
   * @return the region
   */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /**
   * The prefix of the index's sort key that the narrowing amounts to ({@code begins_with}); empty when the
   * query is the hash key alone.
   *
   * @return the prefix
   */
  public String sortKeyPrefix() {
    StringBuilder prefix = new StringBuilder();
    switch (index) {
      case TYPE:
        append(prefix, account);
        append(prefix, region);
        break;
      case DEPARTMENT:
        append(prefix, type == null ? null : type.name());
        append(prefix, account);
        append(prefix, region);
        break;
      default:
        append(prefix, type == null ? null : type.name());
        append(prefix, region);
    }
    return prefix.toString();
  }

  private static void append(StringBuilder prefix, String part) {
    if (part != null) {
      prefix.append(part).append('#');
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResourceQuery)) {
      return false;
    }
    ResourceQuery q = (ResourceQuery) o;
    return index == q.index && hashValue.equals(q.hashValue) && Objects.equals(type, q.type)
        && Objects.equals(account, q.account) && Objects.equals(region, q.region);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, hashValue, type, account, region);
  }

  @Override
  public String toString() {
    return index.name().toLowerCase(java.util.Locale.ROOT) + "=" + hashValue
        + (sortKeyPrefix().isEmpty() ? "" : " prefix=" + sortKeyPrefix());
  }
}
