package io.github.awsinventory.testkit.estate;

import java.util.Objects;

/** An account of an estate: its id, its name in the accounts configuration and its department. */
public final class EstateAccount {

  private final String id;
  private final String name;
  private final String department;

  EstateAccount(String id, String name, String department) {
    this.id = id;
    this.name = name;
    this.department = department;
  }

  /**
   * The 12-digit account id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The account's name: its key under {@code accounts} in the configuration.
   *
   * @return e.g. {@code engineering}
   */
  public String name() {
    return name;
  }

  /**
   * The department of the account's resources that carry no department tag.
   *
   * @return e.g. {@code data-platform}
   */
  public String department() {
    return department;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EstateAccount)) {
      return false;
    }
    EstateAccount other = (EstateAccount) o;
    return id.equals(other.id) && name.equals(other.name) && department.equals(other.department);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, department);
  }

  @Override
  public String toString() {
    return name + " (" + id + ", department " + department + ")";
  }
}
