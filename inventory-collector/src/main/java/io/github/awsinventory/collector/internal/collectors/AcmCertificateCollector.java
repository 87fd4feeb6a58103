package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.AcmCertificate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.CertificateDetail;
import software.amazon.awssdk.services.acm.model.CertificateSummary;
import software.amazon.awssdk.services.acm.model.KeyAlgorithm;
import software.amazon.awssdk.services.acm.model.ResourceNotFoundException;
import software.amazon.awssdk.services.acm.model.Tag;

/**
 * {@code acm_certificate}: ListCertificates (1000 per page, every key algorithm: without that filter ACM lists RSA
 * 1024 and 2048 keys only), then two detail steps per certificate, DescribeCertificate and ListTagsForCertificate.
 *
 * <p>When DescribeCertificate fails, every attribute but {@code domain_name} is unknown, and the resource has no state
 * or creation time; a certificate deleted since the listing is dropped. The name is the {@code Name} tag, else the
 * domain name.
 */
public final class AcmCertificateCollector implements ItemCollector<CertificateSummary> {

  private static final List<DetailStep<CertificateSummary>> DETAILS = List.of(
      DetailStep.of("DescribeCertificate", AcmCertificateCollector::describe, AcmCertificate.STATUS,
          AcmCertificate.CERTIFICATE_TYPE, AcmCertificate.NOT_AFTER, AcmCertificate.IN_USE, AcmCertificate.IN_USE_BY,
          AcmCertificate.RENEWAL_ELIGIBILITY, AcmCertificate.KEY_ALGORITHM, AcmCertificate.CREATION_DATE),
      DetailStep.tags("ListTagsForCertificate", AcmCertificateCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return AcmCertificate.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<CertificateSummary>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<CertificateSummary> items) {
    for (CertificateSummary certificate : context.client(AcmClient.class).listCertificatesPaginator(r -> r
        .maxItems(1000).includes(i -> i.keyTypes(KeyAlgorithm.knownValues()))).certificateSummaryList()) {
      Resource.Builder r = items.add(certificate, certificate.certificateArn(), certificate.domainName());
      AcmCertificate.DOMAIN_NAME.put(r, certificate.domainName());
    }
  }

  private static Detail describe(CollectionContext context, CertificateSummary certificate) {
    CertificateDetail detail;
    try {
      detail = context.client(AcmClient.class).describeCertificate(d -> d.certificateArn(certificate.certificateArn()))
          .certificate();
    } catch (ResourceNotFoundException e) {
      return Detail.VANISHED;
    }
    List<String> users = List.copyOf(new TreeSet<>(detail.inUseBy()));
    return r -> {
      if (detail.statusAsString() != null) {
        r.state(detail.statusAsString());
      }
      if (detail.createdAt() != null) {
        r.createdAt(detail.createdAt());
      } else if (detail.importedAt() != null) {
        r.createdAt(detail.importedAt());
      }
      AcmCertificate.STATUS.put(r, detail.statusAsString());
      AcmCertificate.CERTIFICATE_TYPE.put(r, detail.typeAsString());
      AcmCertificate.NOT_AFTER.put(r, detail.notAfter());
      AcmCertificate.IN_USE.put(r, !users.isEmpty());
      AcmCertificate.IN_USE_BY.put(r, users);
      AcmCertificate.RENEWAL_ELIGIBILITY.put(r, detail.renewalEligibilityAsString());
      AcmCertificate.KEY_ALGORITHM.put(r, detail.keyAlgorithmAsString());
      AcmCertificate.CREATION_DATE.put(r, detail.createdAt() != null ? detail.createdAt() : detail.importedAt());
    };
  }

  private static Detail tags(CollectionContext context, CertificateSummary certificate) {
    List<Tag> list = context.client(AcmClient.class)
        .listTagsForCertificate(t -> t.certificateArn(certificate.certificateArn())).tags();
    Map<String, String> tags = Attributes.tags(list, Tag::key, Tag::value);
    return r -> r.tags(tags).name(Attributes.name(tags, certificate.domainName()));
  }
}
