package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyDocumentsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "principal *                 | {\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\"}]}                | true",
      "AWS *                       | {\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}}}          | true",
      "AWS list with *             | {\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::1:root\", \"*\"]}}]} | true",
      "empty condition             | {\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Condition\": {}}]} | true",
      "with a condition            | {\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Condition\": {\"StringEquals\": {\"aws:SourceAccount\": \"1\"}}}]} | false",
      "deny *                      | {\"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\"}]}                 | false",
      "an account                  | {\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::1:root\"}}]} | false",
      "a service                   | {\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"sns.amazonaws.com\"}}]} | false",
      "no statement                | {\"Version\": \"2012-10-17\"}                                                   | false",
  })
  void openToEveryone_isTrueOnlyForAnUnconditionedAllowOfEveryone(String what, String policy, boolean open) {
    assertThat(PolicyDocuments.openToEveryone(policy)).as(what).contains(open);
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'  '"})
  void openToEveryone_withoutAPolicy_isFalse(String policy) {
    assertThat(PolicyDocuments.openToEveryone(policy)).contains(false);
    assertThat(PolicyDocuments.openToEveryone(null)).contains(false);
  }

  @ParameterizedTest
  @CsvSource(value = {"'not json'", "'[1, 2]'", "'{\"Statement\": '"})
  void openToEveryone_ofWhatIsNotAPolicyDocument_isUnknown(String policy) {
    assertThat(PolicyDocuments.openToEveryone(policy)).isEqualTo(Optional.empty());
  }
}
