package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.SecretsManagerSecret;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretsResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * {@code secretsmanager_secret}: ListSecrets, 100 per page, secrets scheduled for deletion included (with their
 * {@code deleted_date}); the listing tells everything, tags included, so there are no detail steps. Secret values are
 * never read.
 */
public final class SecretsManagerSecretCollector implements ItemCollector<SecretListEntry> {

  @Override
  public TypeDescriptor descriptor() {
    return SecretsManagerSecret.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<SecretListEntry>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<SecretListEntry> items) {
    SecretsManagerClient secretsManager = context.client(SecretsManagerClient.class);
    for (ListSecretsResponse page : secretsManager.listSecretsPaginator(r -> r.maxResults(100)
        .includePlannedDeletion(true))) {
      for (SecretListEntry secret : page.secretList()) {
        Map<String, String> tags = Attributes.tags(secret.tags(), Tag::key, Tag::value);
        resource(items.add(secret, secret.arn(), Attributes.name(tags, secret.name())).tags(tags), secret);
      }
    }
  }

  private static void resource(Resource.Builder r, SecretListEntry secret) {
    if (secret.createdDate() != null) {
      r.createdAt(secret.createdDate());
    }
    SecretsManagerSecret.DESCRIPTION.put(r, secret.description());
    SecretsManagerSecret.KMS_KEY_ID.put(r, secret.kmsKeyId());
    SecretsManagerSecret.ROTATION_ENABLED.put(r, Boolean.TRUE.equals(secret.rotationEnabled()));
    SecretsManagerSecret.LAST_ROTATED_DATE.put(r, secret.lastRotatedDate());
    SecretsManagerSecret.LAST_ACCESSED_DATE.put(r, secret.lastAccessedDate());
    SecretsManagerSecret.LAST_CHANGED_DATE.put(r, secret.lastChangedDate());
    SecretsManagerSecret.CREATED_DATE.put(r, secret.createdDate());
    SecretsManagerSecret.DELETED_DATE.put(r, secret.deletedDate());
    SecretsManagerSecret.OWNING_SERVICE.put(r, secret.owningService());
  }
}
