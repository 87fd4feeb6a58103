package io.github.awsinventory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

class ReportStoreTest {

  private final RecordingS3 s3 = new RecordingS3();

  @Test
  void key_isActionThenUtcDateThenRunId() {
    assertThat(ReportStore.key("cost_analysis", Instant.parse("2026-03-04T23:59:59Z"), "20260304T235959Z-0a1b2c3d"))
        .isEqualTo("reports/cost_analysis/2026/03/04/20260304T235959Z-0a1b2c3d");
    assertThat(ReportStore.key("collect", Instant.parse("2027-01-01T00:00:00Z"), "r"))
        .isEqualTo("reports/collect/2027/01/01/r");
  }

  @Test
  void store_withCsv_writesJsonAndCsvUnderTheSameKey() {
    ReportStore store = new ReportStore(s3, Optional.of("inventory-reports"));

    List<String> locations = store.store("cleanup", "run-1", Instant.parse("2026-11-25T06:00:00Z"), "{\"a\":1}",
        "a\r\n1\r\n");

    assertThat(locations).containsExactly("s3://inventory-reports/reports/cleanup/2026/11/25/run-1.json",
        "s3://inventory-reports/reports/cleanup/2026/11/25/run-1.csv");
    assertThat(s3.objects).containsOnlyKeys("reports/cleanup/2026/11/25/run-1.json",
        "reports/cleanup/2026/11/25/run-1.csv");
    assertThat(s3.objects.get("reports/cleanup/2026/11/25/run-1.json")).isEqualTo("application/json {\"a\":1}");
    assertThat(s3.objects.get("reports/cleanup/2026/11/25/run-1.csv")).isEqualTo("text/csv; charset=utf-8 a\r\n1\r\n");
    assertThat(s3.buckets).containsOnly("inventory-reports");
  }

  @Test
  void store_withoutCsv_writesOnlyJson() {
    ReportStore store = new ReportStore(s3, Optional.of("inventory-reports"));

    List<String> locations = store.store("collect", "run-2", Instant.parse("2026-11-25T06:00:00Z"), "{}", null);

    assertThat(locations).containsExactly("s3://inventory-reports/reports/collect/2026/11/25/run-2.json");
    assertThat(s3.objects).containsOnlyKeys("reports/collect/2026/11/25/run-2.json");
  }

  @Test
  void store_withoutABucket_writesNothing() {
    ReportStore store = new ReportStore(s3, Optional.empty());

    List<String> locations = store.store("summary", "run-3", Instant.now(), "{}", "a\r\n");

    assertThat(locations).isEmpty();
    assertThat(s3.objects).isEmpty();
  }

  /** An S3 client that keeps what is put: key to content type and body. */
  private static final class RecordingS3 implements S3Client {
    final Map<String, String> objects = new LinkedHashMap<>();
    final List<String> buckets = new ArrayList<>();

    @Override
    public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
      try (var in = body.contentStreamProvider().newStream()) {
        objects.put(request.key(), request.contentType() + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      buckets.add(request.bucket());
      return PutObjectResponse.builder().build();
    }

    @Override
    public String serviceName() {
      return "s3";
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
