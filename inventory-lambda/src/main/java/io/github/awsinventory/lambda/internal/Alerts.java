package io.github.awsinventory.lambda.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Sends one concise SNS message per alert: what happened, the counts, the worst items, and where the
 * full report is — always within SNS's limits (a subject of less than 100 characters without line breaks
 * or control characters, a message of at most 256 KB).
 *
 * <p>Alerts go to people (e-mail), so anything shaped like an AWS access key id ({@code AKIA...},
 * {@code ASIA...}) is masked. AWS error messages, where item texts come from, name ARNs and accounts but
 * never secret keys or session tokens; an access key id is not a secret either, but it need not travel.
 */
public final class Alerts {

  /** SNS's message limit, with room for the encoding. */
  static final int MAX_MESSAGE_BYTES = 250 * 1024;
  /** SNS's subject limit: "less than 100 characters". */
  static final int MAX_SUBJECT = 99;
  /** How many items a message lists at most. */
  public static final int MAX_ITEMS = 10;

  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
  private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\p{Cc}\\p{Zl}\\p{Zp}]+\\s*");

  private final SnsClient sns;
  private final Optional<String> topic;

  /**
   * Creates the alerts.
   *
   * @param sns the SNS client
   * @param topic the topic; without one, alerts are only logged
   */
  public Alerts(SnsClient sns, Optional<String> topic) {
    this.sns = sns;
    this.topic = topic;
  }

  /**
   * Sends an alert.
   *
   * @param subject a one-line subject (cut to less than 100 characters)
   * @param lines the facts, one per line
   * @param items the worst items; at most {@value #MAX_ITEMS} are listed, with how many more there are
   * @param reportLocation where the full report is, if it was stored
   * @return the message as sent (or as it would have been)
   */
  public String send(String subject, List<String> lines, List<String> items, Optional<String> reportLocation) {
    String message = compose(lines, items, reportLocation);
    String cutSubject = subject(subject);
    if (topic.isPresent()) {
      sns.publish(r -> r.topicArn(topic.get()).subject(cutSubject).message(message));
    } else {
      LOG.warn("No SNS_TOPIC_ARN: not sending alert '{}'", cutSubject);
    }
    return message;
  }

  /**
   * Sends an alert worded by {@link AlertText}.
   *
   * @param alert the subject, lines and items
   * @param reportLocation where the full report is, if it was stored
   * @return the message as sent (or as it would have been)
   */
  String send(AlertText alert, Optional<String> reportLocation) {
    return send(alert.subject(), alert.lines(), alert.items(), reportLocation);
  }

  /**
   * A subject SNS accepts: one line of printable text, less than 100 characters, key ids masked.
   *
   * @param subject the subject wanted
   * @return the subject to send
   */
  static String subject(String subject) {
    String line = CONTROL.matcher(redact(subject)).replaceAll(" ").strip();
    if (line.length() <= MAX_SUBJECT) {
      return line;
    }
    int end = MAX_SUBJECT - 3;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end).stripTrailing() + "...";
  }

  static String compose(List<String> lines, List<String> items, Optional<String> reportLocation) {
    StringBuilder message = new StringBuilder();
    lines.stream().filter(l -> !l.isBlank()).forEach(l -> message.append(redact(l)).append('\n'));
    if (!items.isEmpty()) {
      message.append('\n');
      items.stream().limit(MAX_ITEMS).forEach(i ->
          message.append("- ").append(LINE_BREAK.matcher(redact(i)).replaceAll(" ").strip()).append('\n'));
      if (items.size() > MAX_ITEMS) {
        message.append("… and ").append(items.size() - MAX_ITEMS).append(" more\n");
      }
    }
    reportLocation.ifPresent(l -> message.append("\nFull report: ").append(l).append('\n'));
    String text = message.toString();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_MESSAGE_BYTES) {
      return text;
    }
    String marker = "\n… (message cut at SNS's size limit; see the full report)\n";
    int keep = MAX_MESSAGE_BYTES - marker.getBytes(StandardCharsets.UTF_8).length;
    String cut = new String(bytes, 0, keep, StandardCharsets.UTF_8);
    if (!cut.isEmpty() && Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.replace("\uFFFD", "") + marker;
  }

  private static String redact(String text) {
    return ACCESS_KEY_ID.matcher(text).replaceAll(m -> m.group(1) + "****************");
  }
}
