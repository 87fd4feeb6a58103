package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.model.Resource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Small helpers the built-in collectors share. */
final class Attributes {

  private static final Pattern TRANSITION_TIME =
      Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) (?:GMT|UTC)\\)");
  private static final DateTimeFormatter TRANSITION_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private Attributes() {}

  /**
   * Records that a detail call failed: the attributes it would have given become unknown, and the error is
   * reported once for the call.
   */
  static void unknown(CollectionContext context, Resource.Builder resource, String resourceId, Exception error,
      String... attributes) {
    resource.addUnknownAttributes(attributes);
    context.detailError(resourceId, String.join(", ", attributes), error);
  }

  /**
   * Whether an AWS error has this code. Detail calls catch only {@link AwsServiceException} — the service
   * answered about this resource; a call that got no answer (I/O, timeouts, the scope's deadline) ends
   * the scope, which the collector retries or reports.
   */
  static boolean hasCode(AwsServiceException e, String code) {
    return e.awsErrorDetails() != null && code.equals(e.awsErrorDetails().errorCode());
  }

  /** Tags from any SDK tag list. */
  static <T> Map<String, String> tags(Collection<T> tags, Function<T, String> key, Function<T, String> value) {
    Map<String, String> map = new LinkedHashMap<>();
    if (tags != null) {
      for (T tag : tags) {
        String k = key.apply(tag);
        if (k != null && !k.isEmpty()) {
          map.put(k, value.apply(tag) == null ? "" : value.apply(tag));
        }
      }
    }
    return map;
  }

  /** The {@code Name} tag, else the fallback. */
  static String name(Map<String, String> tags, String fallback) {
    String name = tags.get("Name");
    return name == null || name.isBlank() ? fallback : name;
  }

  /**
   * The time in an EC2 state transition reason such as {@code User initiated (2026-01-02 03:04:05 GMT)}.
   *
   * @param reason the reason
   * @return the time, when the reason carries one
   */
  static Optional<Instant> transitionTime(String reason) {
    if (reason == null) {
      return Optional.empty();
    }
    Matcher m = TRANSITION_TIME.matcher(reason);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(LocalDateTime.parse(m.group(1), TRANSITION_FORMAT).toInstant(ZoneOffset.UTC));
  }
}
