package io.github.awsinventory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;

class AlertsTest {

  /** SNS's hard limit for a message, in bytes. */
  private static final int SNS_MESSAGE_LIMIT = 256 * 1024;
  private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:inventory-alerts";

  private final RecordingSns sns = new RecordingSns();

  @Test
  void send_publishesSubjectAndMessageToTheTopic() {
    Alerts alerts = new Alerts(sns, Optional.of(TOPIC));

    String message = alerts.send("aws-inventory: 2 security findings", List.of("2 findings.", ""),
        List.of("CRITICAL S3-001 bucket-a", "HIGH EC2-003 i-1"), Optional.of("s3://reports/x.json"));

    assertThat(sns.published).singleElement().satisfies(r -> {
      assertThat(r.topicArn()).isEqualTo(TOPIC);
      assertThat(r.subject()).isEqualTo("aws-inventory: 2 security findings");
      assertThat(r.message()).isEqualTo(message);
    });
    assertThat(message).isEqualTo("2 findings.\n\n- CRITICAL S3-001 bucket-a\n- HIGH EC2-003 i-1\n\n"
        + "Full report: s3://reports/x.json\n");
  }

  @Test
  void send_withoutATopic_publishesNothing_butReturnsTheMessage() {
    Alerts alerts = new Alerts(sns, Optional.empty());

    String message = alerts.send("subject", List.of("line"), List.of(), Optional.empty());

    assertThat(sns.published).isEmpty();
    assertThat(message).isEqualTo("line\n");
  }

  @Test
  void send_withALongSubject_cutsItBelowSnsLimitOfOneHundred() {
    Alerts alerts = new Alerts(sns, Optional.of(TOPIC));
    String subject = "aws-inventory: collection PARTIAL, " + "x".repeat(200);

    alerts.send(subject, List.of("line"), List.of(), Optional.empty());

    String sent = sns.published.get(0).subject();
    assertThat(sent).hasSize(99).startsWith("aws-inventory: collection PARTIAL, xxx").endsWith("...");
    assertThat(sent.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  @Test
  void subject_isOneLineWithoutControlCharacters() {
    assertThat(Alerts.subject("cost\nover\tthe\u0000threshold\u2028now\u0085\r\n"))
        .isEqualTo("cost over the threshold now");
    assertThat(Alerts.subject("x".repeat(99))).isEqualTo("x".repeat(99));
    assertThat(Alerts.subject("x".repeat(100))).hasSize(99).endsWith("...");
  }

  @Test
  void compose_withThousandsOfItems_listsTheFirstTenAndCountsTheRest() {
    List<String> items = IntStream.range(0, 5000).mapToObj(i -> String.format("item-%04d", i))
        .collect(Collectors.toList());

    String message = Alerts.compose(List.of("5000 findings."), items, Optional.of("s3://reports/r.json"));

    List<String> listed = message.lines().filter(l -> l.startsWith("- ")).collect(Collectors.toList());
    assertThat(listed).containsExactly("- item-0000", "- item-0001", "- item-0002", "- item-0003", "- item-0004",
        "- item-0005", "- item-0006", "- item-0007", "- item-0008", "- item-0009");
    assertThat(message).contains("… and 4990 more\n").endsWith("Full report: s3://reports/r.json\n")
        .doesNotContain("item-0010");
    assertThat(message.getBytes(StandardCharsets.UTF_8).length).isLessThan(1024);
  }

  @Test
  void compose_withExactlyTenItems_saysNothingMore() {
    List<String> items = IntStream.range(0, 10).mapToObj(i -> "item-" + i).collect(Collectors.toList());

    String message = Alerts.compose(List.of("10 findings."), items, Optional.empty());

    assertThat(message.lines().filter(l -> l.startsWith("- "))).hasSize(10);
    assertThat(message).doesNotContain("more");
  }

  @Test
  void compose_withHugeItems_staysWithinSnsLimit_andSaysItWasCut() {
    List<String> items = IntStream.range(0, 10).mapToObj(i -> "é€😀".repeat(30_000)).collect(Collectors.toList());

    String message = Alerts.compose(List.of("huge"), items, Optional.of("s3://reports/r.json"));

    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isLessThanOrEqualTo(Alerts.MAX_MESSAGE_BYTES);
    assertThat(message).startsWith("huge\n\n- é€😀")
        .endsWith("(message cut at SNS's size limit; see the full report)\n")
        .doesNotContain("\uFFFD");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(message);
  }

  @Test
  void compose_itemWithLineBreaks_staysOneListLine() {
    String message = Alerts.compose(List.of(), List.of("AccessDenied:\nnot authorized\r\n  to read",
        "$12.00  ec2_instance\tweb-1"), Optional.empty());

    assertThat(message).isEqualTo("\n- AccessDenied: not authorized to read\n- $12.00  ec2_instance web-1\n");
  }

  @Test
  void send_masksAccessKeyIds_inSubjectLinesAndItems() {
    Alerts alerts = new Alerts(sns, Optional.of(TOPIC));
    String error = "sts AccessDenied (HTTP 403): The security token for AKIAIOSFODNN7EXAMPLE is invalid";

    String message = alerts.send("key ASIAZZZZZZZZZZZZZZZZ failed", List.of("Fatal: " + error),
        List.of("111111111111/us-east-1/ec2_instance FAILED: " + error), Optional.empty());

    assertThat(message).doesNotContain("AKIAIOSFODNN7EXAMPLE").contains("AKIA****************")
        .contains("- 111111111111/us-east-1/ec2_instance FAILED: sts AccessDenied (HTTP 403)");
    assertThat(sns.published.get(0).subject()).isEqualTo("key ASIA**************** failed");
  }

  @Test
  void compose_keepsArnsAndAccountIds_whichOperatorsNeed() {
    String item = "222222222222 FAILED: User: arn:aws:sts::123456789012:assumed-role/collector/run is not authorized "
        + "to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/InventoryRole";

    String message = Alerts.compose(List.of(), List.of(item), Optional.empty());

    assertThat(message).contains(item);
  }

  @Property(tries = 100)
  void compose_alwaysFitsSns(@ForAll @Size(max = 30) List<@StringLength(max = 40) String> lines,
      @ForAll @StringLength(min = 1, max = 8) String piece, @ForAll @IntRange(min = 1, max = 40_000) int repeat,
      @ForAll @IntRange(max = 30) int itemCount) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < itemCount; i++) {
      items.add(i + " " + piece.repeat(repeat));
    }

    String message = Alerts.compose(lines, items, Optional.of("s3://reports/r.json"));

    assertThat(message.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Alerts.MAX_MESSAGE_BYTES)
        .isLessThan(SNS_MESSAGE_LIMIT);
    assertThat(message.lines().filter(l -> l.startsWith("- ")).count()).isLessThanOrEqualTo(Alerts.MAX_ITEMS);
  }

  @Property
  void subject_alwaysFitsSns(@ForAll @StringLength(max = 300) String subject) {
    String sent = Alerts.subject(subject);

    assertThat(sent.length()).isLessThan(100);
    assertThat(sent).doesNotContainPattern("[\\p{Cc}\\p{Zl}\\p{Zp}]");
  }

  /** An SNS client that records what is published. */
  private static final class RecordingSns implements SnsClient {
    final List<PublishRequest> published = new ArrayList<>();

    @Override
    public PublishResponse publish(PublishRequest request) {
      published.add(request);
      return PublishResponse.builder().messageId("m-" + published.size()).build();
    }

    @Override
    public String serviceName() {
      return "sns";
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
