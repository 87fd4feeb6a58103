package io.github.awsinventory.lambda.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the actions answer: the fields every answer starts with, report run ids, and shares as percentages. */
final class Answers {

  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private Answers() {}

  /** An answer's first fields: {@code action}, {@code status}, {@code run_id} and {@code reports}. */
  static Map<String, Object> answer(String action, String status, String runId, List<String> locations) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("action", action);
    result.put("status", status);
    result.put("run_id", runId);
    result.put("reports", locations);
    return result;
  }

  /** The id under which a report is stored: its time and a random suffix. */
  static String runId(Instant time) {
    byte[] suffix = new byte[4];
    new SecureRandom().nextBytes(suffix);
    return RUN_ID_TIME.format(time) + "-" + HexFormat.of().formatHex(suffix);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }
}
