package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.KmsKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyManagerType;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.ListResourceTagsResponse;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * {@code kms_key}: customer managed keys only. ListKeys (1000 per page) and, once per scope, ListAliases (100 per
 * page); then two detail steps per key: DescribeKey — followed, for a symmetric encryption key with {@code AWS_KMS}
 * key material, by GetKeyRotationStatus — and ListResourceTags (50 per page).
 *
 * <p>A key with an {@code alias/aws/...} alias is AWS managed and is not listed; a key that DescribeKey shows to be
 * AWS managed, or that no longer exists, is dropped. When ListAliases fails, every key is kept with {@code aliases}
 * unknown and named by its id. When DescribeKey fails, the key is kept with every described attribute unknown,
 * {@code rotation_enabled} included; when only GetKeyRotationStatus fails, {@code rotation_enabled} alone is.
 * The name is the {@code Name} tag, else the key's first alias, else its id.
 */
public final class KmsKeyCollector implements ItemCollector<KmsKeyCollector.Key> {

  private static final String AWS_MANAGED_ALIAS = "alias/aws/";

  private static final List<DetailStep<Key>> DETAILS = List.of(
      DetailStep.of("DescribeKey", KmsKeyCollector::describe, KmsKey.KEY_STATE, KmsKey.KEY_MANAGER, KmsKey.KEY_SPEC,
          KmsKey.KEY_USAGE, KmsKey.ORIGIN, KmsKey.ROTATION_ENABLED, KmsKey.DELETION_DATE, KmsKey.CREATION_DATE,
          KmsKey.DESCRIPTION),
      DetailStep.tags("ListResourceTags", KmsKeyCollector::tags));

  /** A listed key: its id, its ARN and the name it has without a {@code Name} tag. */
  record Key(String id, String arn, String name) {}

  @Override
  public TypeDescriptor descriptor() {
    return KmsKey.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Key>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Key> items) {
    KmsClient kms = context.client(KmsClient.class);
    List<KeyListEntry> keys = new ArrayList<>();
    kms.listKeysPaginator(r -> r.limit(1000)).keys().forEach(keys::add);
    if (keys.isEmpty()) {
      return;
    }
    Map<String, List<String>> aliases;
    AwsServiceException aliasFailure = null;
    try {
      aliases = aliasesByKey(kms.listAliasesPaginator(r -> r.limit(100)).aliases());
    } catch (AwsServiceException e) {
      aliases = Map.of();
      aliasFailure = e;
    }
    for (KeyListEntry key : keys) {
      List<String> keyAliases = aliases.getOrDefault(key.keyId(), List.of());
      if (isAwsManaged(keyAliases)) {
        continue;
      }
      Key item = new Key(key.keyId(), key.keyArn(), keyAliases.isEmpty() ? key.keyId() : keyAliases.get(0));
      Resource.Builder r = items.add(item, key.keyArn(), item.name());
      if (aliasFailure == null) {
        KmsKey.ALIASES.put(r, keyAliases);
      } else {
        Attributes.unknown(context, r, key.keyArn(), aliasFailure, KmsKey.ALIASES.name());
      }
    }
  }

  /** Each key's aliases, sorted. */
  static Map<String, List<String>> aliasesByKey(Iterable<AliasListEntry> aliases) {
    Map<String, Collection<String>> byKey = new HashMap<>();
    for (AliasListEntry alias : aliases) {
      if (alias.targetKeyId() != null && alias.aliasName() != null) {
        byKey.computeIfAbsent(alias.targetKeyId(), k -> new TreeSet<>()).add(alias.aliasName());
      }
    }
    Map<String, List<String>> sorted = new HashMap<>();
    byKey.forEach((key, names) -> sorted.put(key, List.copyOf(names)));
    return sorted;
  }

  /** Whether a key's aliases show it to be AWS managed: AWS names its keys {@code alias/aws/<service>}. */
  static boolean isAwsManaged(List<String> aliases) {
    return aliases.stream().anyMatch(a -> a.startsWith(AWS_MANAGED_ALIAS));
  }

  private static Detail describe(CollectionContext context, Key key) {
    KmsClient kms = context.client(KmsClient.class);
    KeyMetadata metadata;
    try {
      metadata = kms.describeKey(d -> d.keyId(key.id())).keyMetadata();
    } catch (NotFoundException e) {
      return Detail.VANISHED;
    }
    if (metadata.keyManager() == KeyManagerType.AWS) {
      // not a customer managed key: left out as if it had not been listed
      return Detail.VANISHED;
    }
    Optional<Boolean> rotation = Optional.empty();
    AwsServiceException rotationFailure = null;
    if (metadata.keySpec() == KeySpec.SYMMETRIC_DEFAULT && metadata.origin() == OriginType.AWS_KMS) {
      try {
        rotation = Optional.of(Boolean.TRUE.equals(
            kms.getKeyRotationStatus(g -> g.keyId(key.id())).keyRotationEnabled()));
      } catch (AwsServiceException e) {
        rotationFailure = e;
      }
    }
    Optional<Boolean> rotationEnabled = rotation;
    AwsServiceException rotationError = rotationFailure;
    return r -> {
      describe(r, metadata);
      rotationEnabled.ifPresent(enabled -> KmsKey.ROTATION_ENABLED.put(r, enabled));
      if (rotationError != null) {
        Attributes.unknown(context, r, key.arn(), rotationError, KmsKey.ROTATION_ENABLED.name());
      }
    };
  }

  private static void describe(Resource.Builder r, KeyMetadata metadata) {
    if (metadata.keyStateAsString() != null) {
      r.state(metadata.keyStateAsString());
    }
    if (metadata.creationDate() != null) {
      r.createdAt(metadata.creationDate());
    }
    KmsKey.KEY_STATE.put(r, metadata.keyStateAsString());
    KmsKey.KEY_MANAGER.put(r, metadata.keyManagerAsString());
    KmsKey.KEY_SPEC.put(r, metadata.keySpecAsString());
    KmsKey.KEY_USAGE.put(r, metadata.keyUsageAsString());
    KmsKey.ORIGIN.put(r, metadata.originAsString());
    KmsKey.DELETION_DATE.put(r, metadata.deletionDate());
    KmsKey.CREATION_DATE.put(r, metadata.creationDate());
    KmsKey.DESCRIPTION.put(r, metadata.description());
  }

  private static Detail tags(CollectionContext context, Key key) {
    List<Tag> list = new ArrayList<>();
    String marker = null;
    do {
      String from = marker;
      ListResourceTagsResponse page = context.client(KmsClient.class)
          .listResourceTags(t -> t.keyId(key.id()).limit(50).marker(from));
      list.addAll(page.tags());
      marker = Boolean.TRUE.equals(page.truncated()) ? page.nextMarker() : null;
    } while (marker != null);
    Map<String, String> tags = Attributes.tags(list, Tag::tagKey, Tag::tagValue);
    return r -> r.tags(tags).name(Attributes.name(tags, key.name()));
  }
}
