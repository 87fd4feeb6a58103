package io.github.awsinventory.testkit.estate;

/**
 * An OpenSearch Service domain of one {@code t3.small.search} node, outside any VPC, encrypted at rest and between
 * nodes unless asked otherwise. The name is the domain name.
 */
public final class SearchDomainSpec extends ResourceSpec<SearchDomainSpec> {

  boolean encrypted = true;

  SearchDomainSpec() {}

  /**
   * Sets whether it is encrypted at rest and node to node.
   *
   * @param encrypted the setting
   * @return this spec
   */
  public SearchDomainSpec encrypted(boolean encrypted) {
    this.encrypted = encrypted;
    return this;
  }
}
