package io.github.awsinventory.model.table.internal;

import io.github.awsinventory.model.table.TableLayout;
import java.time.Instant;

/**
 * What marking a resource deleted writes to its current item: the deletion time, the expiry and the write time;
 * its schema ({@link ItemSchemas#DELETION_MARK}) also maps the three index keys, always empty, so that an update
 * that does not ignore nulls removes them. The item's other attributes are not in the schema and stay.
 */
final class DeletionMark {

  private String pk;
  private Instant deletedAt;
  private Instant expiresAt;

  static DeletionMark of(String resourceId, Instant deletedAt, Instant expiresAt) {
    DeletionMark mark = new DeletionMark();
    mark.pk = TableLayout.resourcePk(resourceId);
    mark.deletedAt = deletedAt;
    mark.expiresAt = expiresAt;
    return mark;
  }

  String pk() {
    return pk;
  }

  void pk(String pk) {
    this.pk = pk;
  }

  Instant deletedAt() {
    return deletedAt;
  }

  void deletedAt(Instant deletedAt) {
    this.deletedAt = deletedAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  void expiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
  }
}
