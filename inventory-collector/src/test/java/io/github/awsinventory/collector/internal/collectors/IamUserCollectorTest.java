package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IamUserCollectorTest {

  private static final String HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,"
      + "password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
      + "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
      + "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,"
      + "access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";
  private static final String REPORT = HEADER + "\n"
      + "<root_account>,arn:aws:iam::111111111111:root,2020-01-01T00:00:00+00:00,not_supported,"
      + "2026-11-01T08:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,"
      + "false,N/A,false,N/A\n"
      + "erin,arn:aws:iam::111111111111:user/erin,2024-03-01T10:00:00+00:00,true,2026-11-20T09:30:00+00:00,"
      + "2024-03-01T10:00:00+00:00,N/A,false,false,2024-03-01T10:05:00+00:00,2025-01-02T03:04:00+00:00,"
      + "us-east-1,s3,true,2026-06-01T12:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A\n"
      + "frank,arn:aws:iam::111111111111:user/frank,2025-05-05T05:05:05+00:00,false,N/A,N/A,N/A,true,false,N/A,"
      + "N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n";

  @Test
  void parse_awsReport_keysRowsByArnIncludingRoot() {
    Map<String, Map<String, String>> rows = IamUserCollector.parse(REPORT);

    assertThat(rows).containsOnlyKeys("arn:aws:iam::111111111111:root", "arn:aws:iam::111111111111:user/erin",
        "arn:aws:iam::111111111111:user/frank");
    assertThat(rows.get("arn:aws:iam::111111111111:user/erin")).containsEntry("user", "erin")
        .containsEntry("access_key_2_last_rotated", "2026-06-01T12:00:00+00:00").hasSize(22);
  }

  @Test
  void credentials_userWithSecondKeyOnly_listsOnlyKeysThatExist() {
    Resource.Builder erin = builder("erin");

    IamUserCollector.credentials(erin, IamUserCollector.parse(REPORT).get("arn:aws:iam::111111111111:user/erin"));

    assertThat(erin.build().attributes())
        .containsEntry("console_access", true)
        .containsEntry("password_last_used", "2026-11-20T09:30:00Z")
        .containsEntry("mfa_active", false)
        .containsEntry("active_access_keys", number(1))
        .containsEntry("access_keys", List.of(
            Map.of("key_number", number(1), "active", false, "last_rotated", "2024-03-01T10:05:00Z",
                "last_used", "2025-01-02T03:04:00Z"),
            Map.of("key_number", number(2), "active", true, "last_rotated", "2026-06-01T12:00:00Z")));
  }

  @Test
  void credentials_userWithoutPasswordOrKeys_hasNoLastUseAndNoKeys() {
    Resource.Builder frank = builder("frank");

    IamUserCollector.credentials(frank, IamUserCollector.parse(REPORT).get("arn:aws:iam::111111111111:user/frank"));

    assertThat(frank.build().attributes())
        .containsEntry("console_access", false)
        .containsEntry("mfa_active", true)
        .containsEntry("access_keys", List.of())
        .containsEntry("active_access_keys", number(0))
        .doesNotContainKey("password_last_used");
  }

  private static Resource.Builder builder(String user) {
    Instant now = Instant.parse("2026-11-25T00:00:00Z");
    return Resource.builder().resourceId("arn:aws:iam::111111111111:user/" + user).resourceType(ResourceType.IAM_USER)
        .accountId("111111111111").accountName("test").region(Resource.GLOBAL_REGION).name(user)
        .firstSeen(now).lastSeen(now);
  }
}
