package io.github.awsinventory.query.security;

import io.github.awsinventory.query.QueryException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A control of a published security standard that a rule matches, such as CIS AWS Foundations Benchmark
 * control {@code 3.1} or AWS Foundational Security Best Practices control {@code CloudTrail.1}, so that users
 * of Security Hub or Prowler recognise the rule. Written as {@code CIS 3.1} and {@code FSBP CloudTrail.1}.
 */
public final class Control implements Comparable<Control> {

  /** The standards a control can belong to. */
  public enum Standard {
    /** CIS Amazon Web Services Foundations Benchmark v3.0.0. */
    CIS("CIS", "CIS AWS Foundations Benchmark v3.0.0", Pattern.compile("[1-9][0-9]?(\\.[0-9]{1,2}){1,2}")),
    /** AWS Foundational Security Best Practices, as Security Hub numbers its controls. */
    FSBP("FSBP", "AWS Foundational Security Best Practices", Pattern.compile("[A-Za-z0-9]{2,24}\\.[0-9]{1,3}"));

    private final String prefix;
    private final String title;
    private final Pattern idPattern;

    Standard(String prefix, String title, Pattern idPattern) {
      this.prefix = prefix;
      this.title = title;
      this.idPattern = idPattern;
    }

    /**
     * The short name written before a control's id.
     *
     * @return {@code CIS} or {@code FSBP}
     */
    public String prefix() {
      return prefix;
    }

    /**
     * The standard's full name and version.
     *
     * @return the title
     */
    public String title() {
      return title;
    }
  }

  private final Standard standard;
  private final String id;

  private Control(Standard standard, String id) {
    this.standard = Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(id, "id");
    if (!standard.idPattern.matcher(id).matches()) {
      throw new QueryException("control id '" + id + "' is not a " + standard.prefix + " control id; "
          + "write it as the standard numbers it, e.g. " + (standard == Standard.CIS ? "3.1" : "CloudTrail.1"));
    }
    this.id = id;
  }

  /**
   * A control of the CIS AWS Foundations Benchmark.
   *
   * @param id e.g. {@code 3.1}
   * @return the control
   * @throws QueryException when the id is not a CIS control number
   */
  public static Control cis(String id) {
    return new Control(Standard.CIS, id);
  }

  /**
   * A control of AWS Foundational Security Best Practices.
   *
   * @param id e.g. {@code CloudTrail.1}
   * @return the control
   * @throws QueryException when the id is not of the form {@code Service.N}
   */
  public static Control fsbp(String id) {
    return new Control(Standard.FSBP, id);
  }

  /**
   * Reads a control as {@link #toString()} writes it.
   *
   * @param text e.g. {@code CIS 3.1} or {@code FSBP CloudTrail.1}
   * @return the control
   * @throws QueryException when the text names no standard or no valid id
   */
  public static Control parse(String text) {
    String[] parts = Objects.requireNonNull(text, "text").trim().split("\\s+");
    if (parts.length == 2) {
      for (Standard standard : Standard.values()) {
        if (standard.prefix.equals(parts[0].toUpperCase(Locale.ROOT))) {
          return new Control(standard, parts[1]);
        }
      }
    }
    throw new QueryException("control '" + text + "' is not '<standard> <id>'; write e.g. 'CIS 3.1' "
        + "or 'FSBP CloudTrail.1'");
  }

  /**
   * The standard.
   *
   * @return the standard
   */
  public Standard standard() {
    return standard;
  }

  /**
   * The control's id within its standard.
   *
   * @return e.g. {@code 3.1}
   */
  public String id() {
    return id;
  }

  @Override
  public int compareTo(Control other) {
    int byStandard = standard.compareTo(other.standard);
    return byStandard != 0 ? byStandard : id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Control && ((Control) o).standard == standard && ((Control) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return standard.hashCode() * 31 + id.hashCode();
  }

  /**
   * The control as written in reports.
   *
   * @return e.g. {@code CIS 3.1}
   */
  @Override
  public String toString() {
    return standard.prefix + " " + id;
  }
}
