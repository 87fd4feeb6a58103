package io.github.awsinventory.collector.internal.broad;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import java.util.Map;
import software.amazon.awssdk.arns.Arn;

/**
 * A broad-tier source: lists the resources of many services, in one scope per account and region and one per
 * account for global services, and leaves to deep collectors the ARNs they cover.
 */
public abstract class BroadCollector implements ResourceCollector {

  /** Where each partition's global services answer. */
  private static final Map<String, String> GLOBAL_REGIONS = Map.of("aws", "us-east-1", "aws-cn", "cn-northwest-1",
      "aws-us-gov", "us-gov-west-1");

  /** Whether this is the once-per-account scope of global services. */
  protected final boolean global;
  /** The ARNs the run's deep collectors cover. */
  protected final DeepCoverage coverage;

  /**
   * Creates the collector.
   *
   * @param global true for the once-per-account scope of global services
   * @param coverage the ARNs the run's deep collectors cover
   */
  protected BroadCollector(boolean global, DeepCoverage coverage) {
    this.global = global;
    this.coverage = coverage;
  }

  @Override
  public final boolean isGlobal() {
    return global;
  }

  /**
   * Whether a deep collector now covers an ARN this source found earlier: its item is the deep scope's to write,
   * not a deletion.
   *
   * @param arn the stored item's id (its ARN)
   * @return true when a deep collector covers it
   */
  public final boolean handsOver(String arn) {
    try {
      return coverage.covers(arn, Arn.fromString(arn));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The region a global scope asks: the partition's global region ({@code us-east-1} in {@code aws}).
   *
   * @param context the scope's context
   * @return the region
   */
  protected static String globalRegion(CollectionContext context) {
    return GLOBAL_REGIONS.getOrDefault(context.partition(), "us-east-1");
  }
}
