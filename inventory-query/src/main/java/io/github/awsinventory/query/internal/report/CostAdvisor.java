package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.ReportValues.day;
import static io.github.awsinventory.query.internal.report.ReportValues.daysBetween;
import static io.github.awsinventory.query.internal.report.ReportValues.ebsVolumes;
import static io.github.awsinventory.query.internal.report.ReportValues.instanceId;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.awsinventory.model.types.EbsSnapshot;
import io.github.awsinventory.model.types.EbsVolume;
import io.github.awsinventory.model.types.Ec2Instance;
import io.github.awsinventory.model.types.ElasticIp;
import io.github.awsinventory.query.report.Recommendation;
import io.github.awsinventory.query.report.ResourceRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cost report's recommendations: {@code stopped-instance-ebs}, {@code unattached-volume},
 * {@code unassociated-eip}, {@code gp2-to-gp3}, {@code previous-generation} and {@code old-snapshot}.
 */
final class CostAdvisor implements Consumer<Resource> {
  private final ReportParts parts;
  private final CostThresholds thresholds;
  private final PriceList prices;
  private final Instant now;
  private final List<Recommendation> recommendations = new ArrayList<>();
  private final AttachedVolumes volumes = new AttachedVolumes();
  private final List<Resource> stopped = new ArrayList<>();

  CostAdvisor(ReportParts parts, CostThresholds thresholds, PriceList prices, Instant now) {
    this.parts = parts;
    this.thresholds = thresholds;
    this.prices = prices;
    this.now = now;
  }

  @Override
  public void accept(Resource r) {
    ResourceType type = r.resourceType();
    BigDecimal cost = r.estimatedMonthlyCost().orElse(null);
    if (ResourceType.EC2_INSTANCE.equals(type)) {
      if (r.state().map("stopped"::equals).orElse(false)) {
        stopped.add(r);
      } else if (r.state().map("running"::equals).orElse(false)) {
        previousGeneration(r, cost);
      }
    } else if (ResourceType.EBS_VOLUME.equals(type)) {
      volumes.add(r);
      if (EbsVolume.ATTACHED.read(r).equals(Optional.of(false))) {
        recommend("unattached-volume", r, "attached to nothing ("
            + EbsVolume.SIZE_GIB.read(r).map(BigDecimal::toPlainString).orElse("?") + " GiB "
            + EbsVolume.VOLUME_TYPE.read(r).orElse("?") + ")", "snapshot it if needed, then delete it", cost);
      }
      if (EbsVolume.VOLUME_TYPE.read(r).equals(Optional.of("gp2"))) {
        gp2ToGp3(r, cost);
      }
    } else if (ResourceType.ELASTIC_IP.equals(type)) {
      if (ElasticIp.ASSOCIATED.read(r).equals(Optional.of(false))) {
        recommend("unassociated-eip", r, "associated with nothing, still billed as a public IPv4 address",
            "release it", cost);
      }
    } else if (ResourceType.EBS_SNAPSHOT.equals(type)) {
      EbsSnapshot.START_TIME.read(r).filter(t -> daysBetween(t, now) > thresholds.staleResourceDays()).ifPresent(t ->
          recommend("old-snapshot", r, "taken " + day(t) + " (" + daysBetween(t, now) + " days ago, more than "
              + thresholds.staleResourceDays() + ")", "delete it if no longer needed, or archive it", cost));
    }
  }

  private void previousGeneration(Resource r, BigDecimal cost) {
    String instanceType = Ec2Instance.INSTANCE_TYPE.read(r).orElse(null);
    if (instanceType == null || !prices.isPreviousGeneration(instanceType)) {
      return;
    }
    Optional<String> replacement = prices.currentGenerationEquivalent(instanceType);
    BigDecimal savings = replacement.flatMap(t -> prices.ec2Monthly(t, r.region()))
        .filter(price -> cost != null).map(cost::subtract).filter(s -> s.signum() > 0).orElse(null);
    recommend("previous-generation", r, instanceType + " is a previous-generation type"
        + replacement.map(t -> "; " + t + " is its current equivalent").orElse(""),
        replacement.map(t -> "change the instance type to " + t).orElse("move to a current-generation type"), savings);
  }

  private void gp2ToGp3(Resource r, BigDecimal cost) {
    Optional<BigDecimal> size = EbsVolume.SIZE_GIB.read(r);
    if (size.isEmpty() || cost == null) {
      recommend("gp2-to-gp3", r, "gp2 volume; gp3 costs about 20 % less per GiB", "modify the volume type to gp3",
          null);
      return;
    }
    BigDecimal baseline = size.get().multiply(BigDecimal.valueOf(3)).max(BigDecimal.valueOf(3000))
        .min(BigDecimal.valueOf(16000));
    Optional<BigDecimal> gp3 = prices.ebsMonthly("gp3", size.get(), baseline, BigDecimal.valueOf(125), r.region());
    BigDecimal savings = gp3.map(cost::subtract).filter(s -> s.signum() > 0).orElse(null);
    recommend("gp2-to-gp3", r, "gp2 volume of " + size.get().toPlainString() + " GiB; as gp3 with the same "
        + baseline.toPlainString() + " IOPS it would cost " + gp3.map(p -> "$" + p.setScale(2,
        RoundingMode.HALF_UP).toPlainString()).orElse("an unknown amount"),
        "modify the volume type to gp3 (online, no downtime)", savings);
  }

  /** The recommendations, with those of the stopped instances, which need every volume seen first. */
  List<Recommendation> recommendations() {
    for (Resource instance : stopped) {
      String id = instanceId(instance);
      if (volumes.count(id) == 0) {
        continue;
      }
      String since = Ec2Instance.STOPPED_AT.read(instance).map(t -> " since " + day(t) + " (" + daysBetween(t, now)
          + " days)").orElse("");
      recommend("stopped-instance-ebs", instance, "stopped" + since + "; its " + ebsVolumes(volumes.count(id)) + " ("
          + volumes.gib(id).toPlainString() + " GiB) " + (volumes.count(id) == 1 ? "is" : "are") + " still billed",
          "terminate it after snapshotting what you need, or start using it", volumes.cost(id));
    }
    recommendations.sort(Comparator.comparing((Recommendation r) -> r.monthlySavings().orElse(BigDecimal.valueOf(-1)),
        Comparator.reverseOrder()).thenComparing(Recommendation::ruleId)
        .thenComparing(r -> r.resource().resourceId()));
    return recommendations;
  }

  private void recommend(String rule, Resource r, String reason, String action, BigDecimal savings) {
    recommendations.add(parts.recommendation(rule, ResourceRef.of(r), reason, action, savings));
  }
}
