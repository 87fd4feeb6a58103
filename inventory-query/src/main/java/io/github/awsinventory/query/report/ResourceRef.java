package io.github.awsinventory.query.report;

import io.github.awsinventory.model.Resource;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A resource as reports cite it: identity, owner and monthly cost. */
public final class ResourceRef {

  private final String resourceId;
  private final String resourceType;
  private final String accountId;
  private final String accountName;
  private final String region;
  private final String name;
  private final String department;
  private final BigDecimal monthlyCost;

  private ResourceRef(Resource r) {
    this.resourceId = r.resourceId();
    this.resourceType = r.resourceType().name();
    this.accountId = r.accountId();
    this.accountName = r.accountName();
    this.region = r.region();
    this.name = r.name();
    this.department = r.department();
    this.monthlyCost = r.estimatedMonthlyCost().orElse(null);
  }

  /**
   * The reference of a resource.
   *
   * @param resource the resource
   * @return its reference
   */
  public static ResourceRef of(Resource resource) {
    return new ResourceRef(resource);
  }

  /**
   * The ARN.
   *
   * @return the id
   */
  public String resourceId() {
    return resourceId;
  }

  /**
   * The type's name.
   *
   * @return the type
   */
  public String resourceType() {
    return resourceType;
  }

  /**
   * The account.
   *
   * @return the account id
   */
  public String accountId() {
    return accountId;
  }

  /**
   * The account's name.
   *
   * @return the name
   */
  public String accountName() {
    return accountName;
  }

  /**
   * The region.
   *
   * @return the region
   */
  public String region() {
    return region;
  }

  /**
   * The resource's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The department.
   *
   * @return the department
   */
  public String department() {
    return department;
  }

  /**
   * The estimated monthly cost.
   *
   * @return USD per month; empty when unknown
   */
  public Optional<BigDecimal> monthlyCost() {
    return Optional.ofNullable(monthlyCost);
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("resource_id", resourceId);
    json.put("resource_type", resourceType);
    json.put("account_id", accountId);
    json.put("account_name", accountName);
    json.put("region", region);
    json.put("name", name);
    json.put("department", department);
    json.put("monthly_cost", monthlyCost);
    return json;
  }

  @Override
  public String toString() {
    return resourceType + " " + name + " (" + resourceId + ")";
  }
}
