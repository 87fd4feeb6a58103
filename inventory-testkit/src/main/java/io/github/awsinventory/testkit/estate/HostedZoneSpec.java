package io.github.awsinventory.testkit.estate;

/**
 * A public Route 53 hosted zone for a domain (the name, required), without query logging or DNSSEC signing, holding
 * only its SOA and NS records ({@link Traits#EMPTY}) unless given an A record.
 */
public final class HostedZoneSpec extends ResourceSpec<HostedZoneSpec> {

  boolean record;

  HostedZoneSpec() {}

  /**
   * Sets whether the zone also holds an A record {@code www.<domain>}.
   *
   * @param record the setting
   * @return this spec
   */
  public HostedZoneSpec withRecord(boolean record) {
    this.record = record;
    return this;
  }
}
