package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.types.EbsVolume;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attached EBS volumes per instance: their cost and size, for stopped instances. */
final class AttachedVolumes {
  private final Map<String, BigDecimal> cost = new HashMap<>();
  private final Map<String, Boolean> costUnknown = new HashMap<>();
  private final Map<String, Integer> count = new HashMap<>();
  private final Map<String, BigDecimal> gib = new HashMap<>();

  void add(Resource volume) {
    // Each attachment on its own, so that one that cannot be read does not hide the others.
    Object attachments = volume.attributes().get(EbsVolume.ATTACHMENTS.name());
    if (!(attachments instanceof List<?>)) {
      return;
    }
    for (Object attachment : (List<?>) attachments) {
      Optional<String> instanceId = attachment instanceof Map<?, ?>
          ? EbsVolume.Attachment.INSTANCE_ID.read(entries((Map<?, ?>) attachment)) : Optional.empty();
      if (instanceId.isPresent()) {
        String instance = instanceId.get();
        count.merge(instance, 1, Integer::sum);
        gib.merge(instance, EbsVolume.SIZE_GIB.read(volume).orElse(BigDecimal.ZERO), BigDecimal::add);
        if (volume.estimatedMonthlyCost().isPresent()) {
          cost.merge(instance, volume.estimatedMonthlyCost().get(), BigDecimal::add);
        } else {
          costUnknown.put(instance, true);
        }
      }
    }
  }

  int count(String instance) {
    return count.getOrDefault(instance, 0);
  }

  BigDecimal gib(String instance) {
    return gib.getOrDefault(instance, BigDecimal.ZERO);
  }

  /** The volumes' cost; null when any of them has an unknown cost. */
  BigDecimal cost(String instance) {
    return costUnknown.containsKey(instance) ? null : cost.getOrDefault(instance, BigDecimal.ZERO);
  }

  /** An attachment as its keys read it: the resource's attributes are normalized, so its keys are strings. */
  @SuppressWarnings("unchecked")
  private static Map<String, ?> entries(Map<?, ?> attachment) {
    return (Map<String, ?>) attachment;
  }
}
