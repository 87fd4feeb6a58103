package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.ReportValues.day;
import static io.github.awsinventory.query.internal.report.ReportValues.daysBetween;
import static io.github.awsinventory.query.internal.report.ReportValues.ebsVolumes;
import static io.github.awsinventory.query.internal.report.ReportValues.instanceId;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.EbsSnapshot;
import io.github.awsinventory.model.types.EbsVolume;
import io.github.awsinventory.model.types.Ec2Instance;
import io.github.awsinventory.model.types.ElasticIp;
import io.github.awsinventory.query.report.CleanupCandidate;
import io.github.awsinventory.query.report.ResourceRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The cleanup report's engine: the candidates and their monthly savings. */
public final class CleanupEngine implements Consumer<Resource> {
  private final ReportParts parts;
  private final CostThresholds thresholds;
  private final Instant now;
  private final List<CleanupCandidate> candidates = new ArrayList<>();
  private final AttachedVolumes volumes = new AttachedVolumes();
  private final List<Resource> stopped = new ArrayList<>();
  private long stoppedWithoutStopTime;

  /**
   * An engine that has seen no resource yet.
   *
   * @param parts makes the candidates
   * @param thresholds the idle, stale and not-seen days
   * @param now the report's time
   */
  public CleanupEngine(ReportParts parts, CostThresholds thresholds, Instant now) {
    this.parts = parts;
    this.thresholds = thresholds;
    this.now = now;
  }

  @Override
  public void accept(Resource r) {
    ResourceType type = r.resourceType();
    BigDecimal cost = r.estimatedMonthlyCost().orElse(null);
    if (ResourceType.EBS_VOLUME.equals(type)) {
      volumes.add(r);
      if (EbsVolume.ATTACHED.read(r).equals(Optional.of(false))) {
        Long age = r.createdAt().map(t -> daysBetween(t, now)).orElse(null);
        add(CleanupCandidate.Reason.UNATTACHED_VOLUME, r, "attached to nothing, "
            + EbsVolume.SIZE_GIB.read(r).map(BigDecimal::toPlainString).orElse("?") + " GiB "
            + EbsVolume.VOLUME_TYPE.read(r).orElse("?"), age, cost);
      }
    } else if (ResourceType.ELASTIC_IP.equals(type)) {
      if (ElasticIp.ASSOCIATED.read(r).equals(Optional.of(false))) {
        add(CleanupCandidate.Reason.UNASSOCIATED_ELASTIC_IP, r, "associated with nothing ("
            + ElasticIp.PUBLIC_IP.read(r).orElse("?") + ")", null, cost);
      }
    } else if (ResourceType.EC2_INSTANCE.equals(type)) {
      if (r.state().map("stopped"::equals).orElse(false)) {
        if (Ec2Instance.STOPPED_AT.read(r).isPresent()) {
          stopped.add(r);
        } else {
          stoppedWithoutStopTime++;
        }
      }
    } else if (ResourceType.EBS_SNAPSHOT.equals(type)) {
      EbsSnapshot.START_TIME.read(r).filter(t -> daysBetween(t, now) > thresholds.staleResourceDays()).ifPresent(t ->
          add(CleanupCandidate.Reason.OLD_SNAPSHOT, r, "taken " + day(t) + ", "
              + EbsSnapshot.SIZE_GIB.read(r).map(BigDecimal::toPlainString).orElse("?") + " GiB",
              daysBetween(t, now), cost));
    }
    for (WasteRule rule : WasteRules.of(type)) {
      rule.evaluate(r, thresholds, now).ifPresent(w -> add(rule.reason(), r, w.detail(), w.ageDays(), cost));
    }
    long unseen = daysBetween(r.lastSeen(), now);
    if (unseen > thresholds.notSeenDays()) {
      add(CleanupCandidate.Reason.NOT_SEEN, r, "last seen " + day(r.lastSeen()) + "; its account, region and type "
          + "have not been collected since: a failed scope, or no longer configured", unseen, cost);
    }
  }

  /**
   * The candidates, with the idle instances, which need every volume seen first; call once, after every
   * resource was seen.
   *
   * @return the candidates by reason, the largest savings first
   */
  public List<CleanupCandidate> candidates() {
    for (Resource instance : stopped) {
      Instant stoppedAt = Ec2Instance.STOPPED_AT.read(instance).orElseThrow();
      long days = daysBetween(stoppedAt, now);
      if (days > thresholds.idleResourceDays()) {
        String id = instanceId(instance);
        add(CleanupCandidate.Reason.IDLE_INSTANCE, instance, "stopped since " + day(stoppedAt) + ", "
            + Ec2Instance.INSTANCE_TYPE.read(instance).orElse("?") + ", " + ebsVolumes(volumes.count(id)) + " ("
            + volumes.gib(id).toPlainString() + " GiB) still billed", days, volumes.cost(id));
      }
    }
    candidates.sort(Comparator.comparing(CleanupCandidate::reason)
        .thenComparing((CleanupCandidate c) -> c.monthlySavings().orElse(BigDecimal.valueOf(-1)),
            Comparator.reverseOrder())
        .thenComparing(c -> c.resource().resourceId()));
    return candidates;
  }

  /**
   * How many stopped instances have no stop time, so that their idleness cannot be judged.
   *
   * @return the count
   */
  public long stoppedWithoutStopTime() {
    return stoppedWithoutStopTime;
  }

  private void add(CleanupCandidate.Reason reason, Resource r, String detail, Long ageDays, BigDecimal savings) {
    candidates.add(parts.candidate(reason, ResourceRef.of(r), detail, ageDays, savings));
  }
}
