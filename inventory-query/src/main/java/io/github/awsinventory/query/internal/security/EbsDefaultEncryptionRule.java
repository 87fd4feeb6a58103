package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.AwsAccount.EbsEncryption;
import io.github.awsinventory.model.types.AwsAccount;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ACCOUNT-004: fails an account with a region whose EBS encryption by default is off; one finding names every such
 * region. A region that did not answer is unknown when no other region fails.
 */
final class EbsDefaultEncryptionRule extends BuiltInRule {

  EbsDefaultEncryptionRule() {
    super("ACCOUNT-004", Severity.MEDIUM, "EBS encryption by default off",
        "Turn on EBS encryption by default in every region (ec2 enable-ebs-encryption-by-default --region ...), "
            + "so that new volumes and snapshot copies are encrypted.",
        ResourceType.AWS_ACCOUNT);
  }

  @Override
  public List<Finding> evaluate(Resource account, Instant asOf) {
    Reading read = new Reading(account);
    Optional<List<?>> entries = read.entries(AwsAccount.EBS_ENCRYPTION_BY_DEFAULT);
    if (entries.isEmpty()) {
      return unknown(account, read.undetermined());
    }
    List<String> off = new ArrayList<>();
    for (int i = 0; i < entries.get().size(); i++) {
      String path = AwsAccount.EBS_ENCRYPTION_BY_DEFAULT.name() + "[" + i + "]";
      Object entry = entries.get().get(i);
      if (!(entry instanceof Map<?, ?>)) {
        read.undetermined(path);
        continue;
      }
      Map<String, ?> region = Reading.entry((Map<?, ?>) entry);
      Optional<String> name = EbsEncryption.REGION.read(region);
      Optional<Boolean> enabled = EbsEncryption.ENABLED.read(region);
      if (name.isEmpty() || enabled.isEmpty()) {
        read.undetermined(path + "." + (name.isEmpty() ? EbsEncryption.REGION : EbsEncryption.ENABLED).name()
            + name.map(n -> " (" + n + ")").orElse(""));
      } else if (!enabled.get()) {
        off.add(name.get());
      }
    }
    if (!off.isEmpty()) {
      return List.of(fail(account).putEvidence("regions", off)
          .message(Labels.describe(account) + " does not encrypt new EBS volumes by default in " + off.size()
              + (off.size() == 1 ? " region: " : " regions: ") + String.join(", ", off))
          .build());
    }
    return read.complete() ? List.of() : unknown(account, read.undetermined());
  }
}
