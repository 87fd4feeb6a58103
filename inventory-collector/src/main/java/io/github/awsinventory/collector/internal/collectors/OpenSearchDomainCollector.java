package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.OpenSearchDomain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.opensearch.OpenSearchClient;
import software.amazon.awssdk.services.opensearch.model.ClusterConfig;
import software.amazon.awssdk.services.opensearch.model.DomainConfig;
import software.amazon.awssdk.services.opensearch.model.DomainInfo;
import software.amazon.awssdk.services.opensearch.model.DomainStatus;
import software.amazon.awssdk.services.opensearch.model.ResourceNotFoundException;
import software.amazon.awssdk.services.opensearch.model.Tag;

/**
 * {@code opensearch_domain}: ListDomainNames, then DescribeDomains, 5 domains a call, as part of the listing; then two
 * detail steps per domain: DescribeDomainConfig, for the creation date, and ListTags. A domain deleted before a detail
 * call is dropped.
 */
public final class OpenSearchDomainCollector implements ItemCollector<DomainStatus> {

  /** The most domains one DescribeDomains call takes. */
  static final int DESCRIBE_BATCH = 5;

  private static final List<DetailStep<DomainStatus>> DETAILS = List.of(
      DetailStep.of("DescribeDomainConfig", OpenSearchDomainCollector::created, OpenSearchDomain.CREATION_DATE),
      DetailStep.tags("ListTags", OpenSearchDomainCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return OpenSearchDomain.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<DomainStatus>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<DomainStatus> items) {
    OpenSearchClient openSearch = context.client(OpenSearchClient.class);
    List<String> names = new ArrayList<>();
    for (DomainInfo info : openSearch.listDomainNames(r -> { }).domainNames()) {
      names.add(info.domainName());
    }
    for (List<String> batch : EcsClusterCollector.batches(names, DESCRIBE_BATCH)) {
      for (DomainStatus domain : openSearch.describeDomains(d -> d.domainNames(batch)).domainStatusList()) {
        resource(items.add(domain, domain.arn(), domain.domainName()), domain);
      }
    }
  }

  /** Whether the domain is in a VPC: it reports VPC options with a VPC id. */
  static boolean inVpc(DomainStatus domain) {
    return domain.vpcOptions() != null && domain.vpcOptions().vpcId() != null
        && !domain.vpcOptions().vpcId().isEmpty();
  }

  private static void resource(Resource.Builder r, DomainStatus domain) {
    if (domain.domainProcessingStatusAsString() != null) {
      r.state(domain.domainProcessingStatusAsString());
    }
    OpenSearchDomain.ENGINE_VERSION.put(r, domain.engineVersion());
    OpenSearchDomain.PROCESSING_STATUS.put(r, domain.domainProcessingStatusAsString());
    ClusterConfig cluster = domain.clusterConfig();
    if (cluster != null) {
      OpenSearchDomain.DATA_NODE_TYPE.put(r, cluster.instanceTypeAsString());
      OpenSearchDomain.DATA_NODE_COUNT.put(r, cluster.instanceCount());
      if (Boolean.TRUE.equals(cluster.dedicatedMasterEnabled())) {
        OpenSearchDomain.DEDICATED_MASTER_COUNT.put(r, cluster.dedicatedMasterCount());
      }
    }
    if (domain.encryptionAtRestOptions() != null) {
      OpenSearchDomain.ENCRYPTION_AT_REST.put(r, Boolean.TRUE.equals(domain.encryptionAtRestOptions().enabled()));
    }
    if (domain.nodeToNodeEncryptionOptions() != null) {
      OpenSearchDomain.NODE_TO_NODE_ENCRYPTION.put(r,
          Boolean.TRUE.equals(domain.nodeToNodeEncryptionOptions().enabled()));
    }
    OpenSearchDomain.IN_VPC.put(r, inVpc(domain));
    if (inVpc(domain)) {
      OpenSearchDomain.VPC_ID.put(r, domain.vpcOptions().vpcId());
    }
    if (domain.domainEndpointOptions() != null) {
      OpenSearchDomain.ENFORCE_HTTPS.put(r, Boolean.TRUE.equals(domain.domainEndpointOptions().enforceHTTPS()));
    }
  }

  private static Detail created(CollectionContext context, DomainStatus domain) {
    DomainConfig config;
    try {
      config = context.client(OpenSearchClient.class).describeDomainConfig(d -> d.domainName(domain.domainName()))
          .domainConfig();
    } catch (ResourceNotFoundException e) {
      return Detail.VANISHED;
    }
    Instant created = creationDate(config);
    return r -> {
      if (created != null) {
        r.createdAt(created);
      }
      OpenSearchDomain.CREATION_DATE.put(r, created);
    };
  }

  /**
   * When the domain was created: the creation date of its cluster configuration's status, else of its engine
   * version's (every option of a domain carries the domain's creation date).
   */
  static Instant creationDate(DomainConfig config) {
    if (config.clusterConfig() != null && config.clusterConfig().status() != null
        && config.clusterConfig().status().creationDate() != null) {
      return config.clusterConfig().status().creationDate();
    }
    if (config.engineVersion() != null && config.engineVersion().status() != null) {
      return config.engineVersion().status().creationDate();
    }
    return null;
  }

  private static Detail tags(CollectionContext context, DomainStatus domain) {
    Map<String, String> tags;
    try {
      tags = Attributes.tags(context.client(OpenSearchClient.class).listTags(t -> t.arn(domain.arn())).tagList(),
          Tag::key, Tag::value);
    } catch (ResourceNotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> r.tags(tags).name(Attributes.name(tags, domain.domainName()));
  }
}
