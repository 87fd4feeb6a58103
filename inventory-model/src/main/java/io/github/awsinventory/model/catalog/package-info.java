/**
 * The resource-type catalogue: {@link io.github.awsinventory.model.catalog.ResourceCatalog} holds one
 * {@link io.github.awsinventory.model.catalog.TypeDescriptor} per type — service, scope, ARN form, typed
 * {@link io.github.awsinventory.model.catalog.AttributeKey attribute keys}, IAM actions and what the cost model
 * prices. Collectors write attributes through the keys; security rules, cleanup rules and cost estimators read
 * through the same keys, so an attribute's name is spelled once. Knows no AWS SDK.
 */
package io.github.awsinventory.model.catalog;
