package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.CloudWatchLogGroup;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;

/**
 * LOGS-002: fails a log group without a KMS key ({@code kms_key_id} absent). CloudWatch Logs encrypts every group
 * at rest; a KMS key of the account's own adds control over who can decrypt the events and a record of each use.
 * An absent key is a fact (the listing says so); a key that is unknown, or not a string, is unknown.
 */
final class LogGroupEncryptionRule extends BuiltInRule {

  LogGroupEncryptionRule() {
    super("LOGS-002", Severity.LOW, "CloudWatch Logs log group not encrypted with a KMS key",
        "Associate a customer managed KMS key with the log group (logs associate-kms-key) after allowing the "
            + "CloudWatch Logs service principal to use the key in its key policy.",
        ResourceType.CLOUDWATCH_LOG_GROUP);
  }

  @Override
  public List<Finding> evaluate(Resource group, Instant asOf) {
    String key = CloudWatchLogGroup.KMS_KEY_ID.name();
    if (CloudWatchLogGroup.KMS_KEY_ID.isUnknown(group)
        || group.attributes().containsKey(key) && CloudWatchLogGroup.KMS_KEY_ID.read(group).isEmpty()) {
      return unknown(group, List.of(key));
    }
    if (CloudWatchLogGroup.KMS_KEY_ID.read(group).isPresent()) {
      return List.of();
    }
    return List.of(fail(group).putEvidence(key, "none")
        .message(Labels.describe(group) + " is not encrypted with a KMS key (no " + key + ")")
        .build());
  }
}
