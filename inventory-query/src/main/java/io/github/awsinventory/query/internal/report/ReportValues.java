package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** How the reports write days, ages and instance ids. */
final class ReportValues {

  private ReportValues() {}

  static long daysBetween(Instant from, Instant to) {
    return Duration.between(from, to).toDays();
  }

  static String day(Instant time) {
    return time.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** The instance id at the end of an instance's ARN. */
  static String instanceId(Resource instance) {
    String id = instance.resourceId();
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1);
  }

  static String ebsVolumes(long count) {
    return count + (count == 1 ? " EBS volume" : " EBS volumes");
  }
}
