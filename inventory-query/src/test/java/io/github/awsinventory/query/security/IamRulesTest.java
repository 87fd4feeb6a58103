package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.AS_OF;
import static io.github.awsinventory.query.security.Resources.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IAM-001 to IAM-003: console users without MFA, stale access keys. */
class IamRulesTest {

  private static Resource.Builder user(String name) {
    return Resources.resource(ResourceType.IAM_USER, name).region(Resource.GLOBAL_REGION);
  }

  private static Map<String, Object> key(int number, boolean active, Instant rotated, Instant used) {
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("key_number", number);
    key.put("active", active);
    key.put("last_rotated", rotated);
    if (used != null) {
      key.put("last_used", used);
    }
    return key;
  }

  private static Instant daysAgo(long days) {
    return AS_OF.minus(Duration.ofDays(days));
  }

  private static Resource withKeys(List<Map<String, Object>> keys) {
    return user("deploy-bot").putAttributes("access_keys", keys).build();
  }

  @Nested
  class ConsoleWithoutMfa {

    @Test
    void consoleAccessWithoutMfa_fails() {
      Resource alice = user("alice").putAttributes("console_access", true).putAttributes("mfa_active", false).build();

      List<Finding> findings = evaluate("IAM-001", alice);

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.region()).isEqualTo("global");
        assertThat(f.evidence()).containsExactly(Map.entry("console_access", true), Map.entry("mfa_active", false));
        assertThat(f.message()).isEqualTo("IAM user alice can sign in to the console without MFA "
            + "(console_access true, mfa_active false)");
      });
    }

    @ParameterizedTest(name = "console {0}, mfa {1}")
    @CsvSource({"true,true", "false,false", "false,true"})
    void consoleWithMfa_orNoConsole_passes(boolean console, boolean mfa) {
      Resource user = user("bob").putAttributes("console_access", console).putAttributes("mfa_active", mfa).build();

      assertThat(evaluate("IAM-001", user)).isEmpty();
    }

    @Test
    void unknownAttributes_areUnknownOnlyWhenTheyDecide() {
      Resource consoleUnknown = user("a").addUnknownAttributes("console_access").putAttributes("mfa_active", false)
          .build();
      Resource mfaUnknown = user("b").putAttributes("console_access", true).addUnknownAttributes("mfa_active").build();
      Resource bothUnknown = user("c").addUnknownAttributes("console_access", "mfa_active").build();
      Resource noConsole = user("d").putAttributes("console_access", false).addUnknownAttributes("mfa_active").build();

      assertThat(evaluate("IAM-001", consoleUnknown)).singleElement()
          .extracting(Finding::status, Finding::message)
          .containsExactly(FindingStatus.UNKNOWN, "IAM user a: could not be determined: console_access");
      assertThat(evaluate("IAM-001", mfaUnknown)).singleElement().extracting(Finding::message)
          .isEqualTo("IAM user b: could not be determined: mfa_active");
      assertThat(evaluate("IAM-001", bothUnknown)).singleElement().extracting(Finding::message)
          .isEqualTo("IAM user c: could not be determined: console_access, mfa_active");
      assertThat(evaluate("IAM-001", noConsole)).isEmpty();
    }
  }

  @Nested
  class KeyRotation {

    @Test
    void anActiveKeyRotatedMoreThan90DaysAgo_fails_withTheKeyAsEvidence() {
      Resource user = withKeys(List.of(key(1, true, daysAgo(91), daysAgo(1))));

      List<Finding> findings = evaluate("IAM-002", user);

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.message()).isEqualTo("IAM user deploy-bot has an active access key not rotated for more than "
            + "90 days: key 1 (last rotated 2026-08-26, 91 days ago)");
        assertThat(f.evidence()).containsOnlyKeys("access_keys");
        assertThat((List<?>) f.evidence().get("access_keys")).singleElement()
            .isEqualTo(((List<?>) user.attributes().get("access_keys")).get(0));
      });
    }

    @Test
    void theBoundary_isStrict_exactly90DaysPasses_oneSecondMoreFails() {
      Resource exactly = withKeys(List.of(key(1, true, daysAgo(90), null)));
      Resource older = withKeys(List.of(key(1, true, daysAgo(90).minusSeconds(1), null)));

      assertThat(evaluate("IAM-002", exactly)).isEmpty();
      assertThat(evaluate("IAM-002", older)).extracting(Finding::status).containsExactly(FindingStatus.FAIL);
    }

    @Test
    void inactiveOldKeys_pass() {
      assertThat(evaluate("IAM-002", withKeys(List.of(key(1, false, daysAgo(400), null))))).isEmpty();
      assertThat(evaluate("IAM-002", withKeys(List.of()))).isEmpty();
    }

    @Test
    void twoOldKeys_giveOneFindingNamingBoth() {
      Resource user = withKeys(List.of(key(1, true, daysAgo(200), null), key(2, true, daysAgo(120), null)));

      assertThat(evaluate("IAM-002", user)).singleElement().satisfies(f -> {
        assertThat(f.message()).isEqualTo("IAM user deploy-bot has active access keys not rotated for more than "
            + "90 days: key 1 (last rotated 2026-05-09, 200 days ago), key 2 (last rotated 2026-07-28, 120 days ago)");
        assertThat((List<?>) f.evidence().get("access_keys")).hasSize(2);
      });
    }

    @Test
    void keysUnknownAtCollection_orUnreadable_areUnknown() {
      Resource unknown = user("u").addUnknownAttributes("access_keys", "active_access_keys").build();
      Map<String, Object> unreadable = key(1, true, daysAgo(10), null);
      unreadable.put("last_rotated", "N/A");

      assertThat(evaluate("IAM-002", unknown)).singleElement().extracting(Finding::status, Finding::message)
          .containsExactly(FindingStatus.UNKNOWN, "IAM user u: could not be determined: access_keys");
      assertThat(evaluate("IAM-002", withKeys(List.of(unreadable)))).singleElement()
          .extracting(Finding::evidence)
          .isEqualTo(Map.of(Finding.UNKNOWN_ATTRIBUTES, List.of("access_keys[0].last_rotated")));
    }
  }

  @Nested
  class KeyUsage {

    @Test
    void anActiveKeyLastUsedMoreThan90DaysAgo_fails() {
      Resource user = withKeys(List.of(key(2, true, daysAgo(300), daysAgo(100))));

      assertThat(evaluate("IAM-003", user)).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.message()).isEqualTo("IAM user deploy-bot has an active access key unused for more than 90 "
            + "days: key 2 (last used 2026-08-17, 100 days ago)");
      });
    }

    @Test
    void aNeverUsedKeyOlderThan90Days_fails_andAYoungerOnePasses() {
      Resource old = withKeys(List.of(key(1, true, daysAgo(91), null)));
      Resource young = withKeys(List.of(key(1, true, daysAgo(10), null)));

      assertThat(evaluate("IAM-003", old)).singleElement().extracting(Finding::message)
          .isEqualTo("IAM user deploy-bot has an active access key unused for more than 90 days: key 1 (never used, "
              + "created 2026-08-26, 91 days ago)");
      assertThat(evaluate("IAM-003", young)).isEmpty();
    }

    @Test
    void theBoundary_isStrict() {
      assertThat(evaluate("IAM-003", withKeys(List.of(key(1, true, daysAgo(400), daysAgo(90)))))).isEmpty();
      assertThat(evaluate("IAM-003", withKeys(List.of(key(1, true, daysAgo(90), null))))).isEmpty();
      assertThat(evaluate("IAM-003", withKeys(List.of(key(1, true, daysAgo(400), daysAgo(90).minusSeconds(1))))))
          .hasSize(1);
    }

    @Test
    void aRecentlyUsedOldKey_passesUsageButFailsRotation() {
      Resource user = withKeys(List.of(key(1, true, daysAgo(400), daysAgo(2))));

      assertThat(evaluate("IAM-003", user)).isEmpty();
      assertThat(evaluate("IAM-002", user)).hasSize(1);
    }
  }
}
