package io.github.awsinventory.model.table.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A resource item exactly as stored: one field per table attribute, null where the attribute is absent.
 */
@Value.Immutable
@Value.Style(jdkOnly = true, typeImmutable = "ImmutableResourceItem")
public abstract class ResourceItem {

  public abstract String pk();

  public abstract String sk();

  public abstract String itemType();

  public abstract String resourceId();

  public abstract String resourceType();

  public abstract String accountId();

  @Nullable
  public abstract String accountName();

  public abstract String region();

  public abstract String department();

  public abstract String timestamp();

  @Nullable
  public abstract String name();

  @Nullable
  public abstract String state();

  @Nullable
  public abstract Map<String, String> tags();

  @Nullable
  public abstract Map<String, Object> attributes();

  @Nullable
  public abstract List<String> unknownAttributes();

  @Nullable
  public abstract List<String> truncatedAttributes();

  @Nullable
  public abstract String createdAt();

  @Nullable
  public abstract BigDecimal estimatedMonthlyCost();

  @Nullable
  public abstract String costBasis();

  @Nullable
  public abstract String firstSeen();

  @Nullable
  public abstract String lastSeen();

  @Nullable
  public abstract String contentHash();

  @Nullable
  public abstract String typeSk();

  @Nullable
  public abstract String departmentSk();

  @Nullable
  public abstract String accountSk();

  @Nullable
  public abstract String deletedAt();

  @Nullable
  public abstract Long ttl();
}
