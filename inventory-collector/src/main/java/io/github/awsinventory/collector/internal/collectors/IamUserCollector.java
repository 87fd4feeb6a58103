package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.IamUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GenerateCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.ReportStateType;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.UserDetail;

/**
 * {@code iam_user}, a global type (region {@code global}): GetAccountAuthorizationDetails with {@code Filter=User}
 * (1000 per page), which lists the users with their tags, and one credential report for the whole account
 * (GenerateCredentialReport until it is complete, then GetCredentialReport). No call per user.
 *
 * <p>When the credential report cannot be obtained, every user is kept with {@code console_access},
 * {@code mfa_active}, {@code access_keys} and {@code active_access_keys} unknown — never defaulted. A user
 * missing from the report (created after it was generated) has the same attributes unknown.
 */
public final class IamUserCollector implements ItemCollector<UserDetail> {

  private static final AttributeKey<?>[] FROM_REPORT = {IamUser.CONSOLE_ACCESS, IamUser.MFA_ACTIVE,
      IamUser.ACCESS_KEYS, IamUser.ACTIVE_ACCESS_KEYS};
  private static final Duration REPORT_TIMEOUT = Duration.ofMinutes(2);

  @Override
  public TypeDescriptor descriptor() {
    return IamUser.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<UserDetail>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<UserDetail> items) {
    IamClient iam = context.client(IamClient.class);
    List<UserDetail> users = new ArrayList<>();
    iam.getAccountAuthorizationDetailsPaginator(r -> r.filter(EntityType.USER).maxItems(1000)).userDetailList()
        .forEach(users::add);
    if (users.isEmpty()) {
      return;
    }
    CredentialReport report = CredentialReport.of(iam);
    for (UserDetail user : users) {
      String arn = user.arn();
      Map<String, String> tags = Attributes.tags(user.tags(), Tag::key, Tag::value);
      Resource.Builder r = items.add(user, arn, Attributes.name(tags, user.userName())).tags(tags);
      if (user.createDate() != null) {
        r.createdAt(user.createDate());
      }
      IamUser.USER_ID.put(r, user.userId());
      IamUser.PATH.put(r, user.path());
      Optional<Map<String, String>> row = report.row(arn);
      if (row.isEmpty()) {
        for (AttributeKey<?> key : FROM_REPORT) {
          key.markUnknown(r);
        }
        context.detailError(arn, Arrays.stream(FROM_REPORT).map(AttributeKey::name).collect(Collectors.joining(", ")),
            report.missing(user));
      } else {
        credentials(r, row.get());
      }
    }
  }

  /** Puts the attributes a user's credential report row gives. */
  static void credentials(Resource.Builder r, Map<String, String> row) {
    IamUser.CONSOLE_ACCESS.put(r, "true".equals(row.get("password_enabled")));
    time(row.get("password_last_used")).ifPresent(t -> IamUser.PASSWORD_LAST_USED.put(r, t));
    IamUser.MFA_ACTIVE.put(r, "true".equals(row.get("mfa_active")));
    List<Map<String, Object>> keys = new ArrayList<>();
    for (int number = 1; number <= 2; number++) {
      String prefix = "access_key_" + number + "_";
      Optional<Instant> rotated = time(row.get(prefix + "last_rotated"));
      if (rotated.isEmpty()) {
        continue;
      }
      Map<String, Object> key = new LinkedHashMap<>();
      IamUser.AccessKey.KEY_NUMBER.put(key, number);
      IamUser.AccessKey.ACTIVE.put(key, "true".equals(row.get(prefix + "active")));
      IamUser.AccessKey.LAST_ROTATED.put(key, rotated.get());
      time(row.get(prefix + "last_used_date")).ifPresent(t -> IamUser.AccessKey.LAST_USED.put(key, t));
      keys.add(key);
    }
    IamUser.ACCESS_KEYS.put(r, keys);
    IamUser.ACTIVE_ACCESS_KEYS.put(r, keys.stream().filter(k -> Boolean.TRUE.equals(k.get("active"))).count());
  }

  /** The rows of a credential report (CSV with a header line), by user ARN. */
  static Map<String, Map<String, String>> parse(String csv) {
    String[] lines = csv.split("\r?\n");
    String[] header = lines[0].split(",", -1);
    Map<String, Map<String, String>> rows = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] values = lines[i].split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.length && c < values.length; c++) {
        row.put(header[c], values[c]);
      }
      if (row.get("arn") != null) {
        rows.put(row.get("arn"), row);
      }
    }
    return rows;
  }

  /** A time from the report; its other values ({@code N/A}, {@code no_information}, ...) mean none. */
  private static Optional<Instant> time(String value) {
    if (value == null || value.isEmpty() || !Character.isDigit(value.charAt(0))) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The account's credential report: its rows by user ARN, or why it could not be obtained. */
  private static final class CredentialReport {
    private final Map<String, Map<String, String>> rows;
    private final Exception failure;

    private CredentialReport(Map<String, Map<String, String>> rows, Exception failure) {
      this.rows = rows;
      this.failure = failure;
    }

    static CredentialReport of(IamClient iam) {
      Waiter<GenerateCredentialReportResponse> generated = Waiter.builder(GenerateCredentialReportResponse.class)
          .overrideConfiguration(c -> c.waitTimeout(REPORT_TIMEOUT).maxAttempts(1000)
              .backoffStrategyV2(BackoffStrategy.exponentialDelay(Duration.ofMillis(250), Duration.ofSeconds(5))))
          .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(r -> r.state() == ReportStateType.COMPLETE))
          .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(r -> true))
          .addAcceptor(WaiterAcceptor.successOnExceptionAcceptor(e -> e instanceof AwsServiceException))
          .build();
      Optional<Throwable> refused;
      try {
        refused = generated.run(iam::generateCredentialReport).matched().exception();
      } catch (SdkClientException e) {
        // The waiter giving up carries no cause; a call that got no answer keeps its cause and ends the scope.
        if (e.getCause() != null) {
          throw e;
        }
        return unavailable(e);
      }
      if (refused.isPresent()) {
        return unavailable((AwsServiceException) refused.get());
      }
      try {
        return new CredentialReport(parse(iam.getCredentialReport().content().asString(StandardCharsets.UTF_8)),
            null);
      } catch (AwsServiceException e) {
        return unavailable(e);
      }
    }

    private static CredentialReport unavailable(Exception failure) {
      return new CredentialReport(Map.of(), failure);
    }

    Optional<Map<String, String>> row(String arn) {
      return Optional.ofNullable(rows.get(arn));
    }

    /** Why a user has no row: the report's failure, or its absence from a report made before it existed. */
    Exception missing(UserDetail user) {
      return failure != null ? failure : new IllegalStateException(user.userName()
          + " is not in the credential report yet (IAM reuses a report for up to 4 hours)");
    }
  }
}
