package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.query.report.Report;
import io.github.awsinventory.query.report.Reports;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Stores reports in the report bucket under {@code reports/<action>/YYYY/MM/DD/<run-id>.json}, and
 * {@code .csv} for the tabular ones. Without a bucket, nothing is stored.
 */
public final class ReportStore {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd").withZone(ZoneOffset.UTC);

  private final S3Client s3;
  private final Optional<String> bucket;

  /**
   * Creates the store.
   *
   * @param s3 the S3 client
   * @param bucket the report bucket, if configured
   */
  public ReportStore(S3Client s3, Optional<String> bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /**
   * The key prefix of a report.
   *
   * @param action the action
   * @param time when it was made
   * @param runId the run id
   * @return {@code reports/<action>/YYYY/MM/DD/<run-id>}
   */
  public static String key(String action, Instant time, String runId) {
    return "reports/" + action + "/" + DAY.format(time) + "/" + runId;
  }

  /**
   * Stores a report as JSON, and as CSV when {@code csv} and it has a table.
   *
   * @param action the action
   * @param runId the run id
   * @param report the report
   * @param csv whether to store the CSV form too
   * @return the {@code s3://} locations written
   */
  public List<String> store(String action, String runId, Report report, boolean csv) {
    return store(action, runId, report.asOf(), Reports.json(report), csv ? csv(report) : null);
  }

  /**
   * Stores a JSON document (and optionally CSV text).
   *
   * @param action the action
   * @param runId the run id
   * @param time the report's time
   * @param json the JSON text
   * @param csv the CSV text, or null
   * @return the {@code s3://} locations written
   */
  public List<String> store(String action, String runId, Instant time, String json, String csv) {
    List<String> locations = new ArrayList<>();
    if (bucket.isEmpty()) {
      return locations;
    }
    String key = key(action, time, runId);
    put(key + ".json", json, "application/json");
    locations.add("s3://" + bucket.get() + "/" + key + ".json");
    if (csv != null) {
      put(key + ".csv", csv, "text/csv; charset=utf-8");
      locations.add("s3://" + bucket.get() + "/" + key + ".csv");
    }
    return locations;
  }

  private void put(String key, String body, String contentType) {
    s3.putObject(r -> r.bucket(bucket.get()).key(key).contentType(contentType),
        RequestBody.fromString(body, StandardCharsets.UTF_8));
  }

  private static String csv(Report report) {
    if (report.table().isEmpty()) {
      return null;
    }
    StringWriter out = new StringWriter();
    Reports.writeCsv(report, out);
    return out.toString();
  }
}
