package io.github.awsinventory.model.table.internal;

import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.table.DeletionItem;

/**
 * Collects a deletion record's attributes as {@link ItemSchemas} reads them; a missing account name reads as the
 * account id, a missing name as empty.
 */
final class DeletionItemBuilder {

  final DeletionItem.Builder item = DeletionItem.builder();
  final DeletedResource.Builder deleted = DeletedResource.builder();
  String accountId;
  String accountName;
  String name;

  DeletionItem build() {
    if (accountId != null) {
      deleted.accountId(accountId).accountName(accountName != null ? accountName : accountId);
    }
    deleted.name(name != null ? name : "");
    return item.deleted(deleted.build()).build();
  }
}
