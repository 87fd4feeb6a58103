package io.github.awsinventory.collector.internal.broad;

import io.github.awsinventory.model.ResourceType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.arns.Arn;

/**
 * The type of a resource named only by its ARN: {@code <service>_<resource type>}, lower case, with every
 * character other than a letter or digit turned into {@code _}. The resource type is the resource part up to its
 * first {@code /} or {@code :}: {@code arn:aws:elasticfilesystem:eu-west-1:111111111111:file-system/fs-1} is an
 * {@code elasticfilesystem_file_system}. Services whose ARNs name the resource without a type (S3 buckets, SQS
 * queues, SNS topics) get theirs from {@link #UNTYPED}.
 */
final class ArnTypes {

  /** Services whose ARN resource is a bare name, and the type that name has. */
  static final Map<String, String> UNTYPED = Map.of("s3", "bucket", "sqs", "queue", "sns", "topic");

  private static final int MAX_NAME = 64;

  private ArnTypes() {}

  /**
   * The type of an ARN.
   *
   * @param arn a parsed ARN
   * @return the type, empty when the ARN's service or resource has no letters to name one by
   */
  static Optional<ResourceType> typeOf(Arn arn) {
    String service = clean(arn.service());
    String resourceType = UNTYPED.get(arn.service());
    if (resourceType == null) {
      resourceType = arn.resource().resourceType().filter(t -> !t.isEmpty()).orElse(null);
    }
    if (resourceType == null) {
      // a resource part such as "/restapis/abc" (API Gateway) leads with its type
      String resource = arn.resourceAsString();
      String trimmed = resource.startsWith("/") ? resource.substring(1) : resource;
      int end = indexOfSeparator(trimmed);
      resourceType = end < 0 ? null : trimmed.substring(0, end);
    }
    String name = resourceType == null || clean(resourceType).isEmpty() ? service : service + "_" + clean(resourceType);
    name = name.replaceAll("_+", "_").replaceAll("_$", "");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(ResourceType.of(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name));
  }

  /**
   * The name a broad item shows: its {@code Name} tag, else the last part of its ARN's resource, with the part
   * before it when the last part is a revision number ({@code web:3} for {@code task-definition/web:3}).
   *
   * @param arn the ARN
   * @param nameTag the {@code Name} tag, or null
   * @return the name
   */
  static String nameOf(Arn arn, String nameTag) {
    if (nameTag != null && !nameTag.isBlank()) {
      return nameTag;
    }
    String resource = arn.resourceAsString();
    int cut = Math.max(resource.lastIndexOf('/'), resource.lastIndexOf(':'));
    String last = cut < 0 ? resource : resource.substring(cut + 1);
    if (cut > 0 && resource.charAt(cut) == ':' && !last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
      // a revision or version (task-definition/web:3, function:orders:7) names nothing alone: keep what it revises
      int before = Math.max(resource.lastIndexOf('/', cut - 1), resource.lastIndexOf(':', cut - 1));
      String revised = resource.substring(before + 1, cut);
      if (!revised.isEmpty()) {
        return revised + ":" + last;
      }
    }
    return last.isEmpty() ? resource : last;
  }

  private static int indexOfSeparator(String s) {
    int slash = s.indexOf('/');
    int colon = s.indexOf(':');
    if (slash < 0) {
      return colon;
    }
    return colon < 0 ? slash : Math.min(slash, colon);
  }

  private static String clean(String part) {
    return part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
  }
}
