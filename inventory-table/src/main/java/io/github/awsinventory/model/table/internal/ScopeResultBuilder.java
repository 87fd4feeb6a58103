package io.github.awsinventory.model.table.internal;

import io.github.awsinventory.model.ScopeResult;

/**
 * Collects a scope result's attributes as {@link ItemSchemas} reads them; an account name the item leaves out
 * reads as the account id.
 */
final class ScopeResultBuilder {

  final ScopeResult.Builder result = ScopeResult.builder();
  String accountId;
  String accountName;

  ScopeResult build() {
    if (accountId != null) {
      result.accountId(accountId).accountName(accountName != null ? accountName : accountId);
    }
    return result.build();
  }
}
