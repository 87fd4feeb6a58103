package io.github.awsinventory.collector.internal.broad;

import io.github.awsinventory.collector.spi.ResourceCollector;

/** A broad-tier source: lists the resources of many services, and leaves to deep collectors the ARNs they cover. */
public interface BroadCollector extends ResourceCollector {

  /**
   * Whether a deep collector now covers an ARN this source found earlier: its item is the deep scope's to write,
   * not a deletion.
   *
   * @param arn the stored item's id (its ARN)
   * @return true when a deep collector covers it
   */
  boolean handsOver(String arn);
}
