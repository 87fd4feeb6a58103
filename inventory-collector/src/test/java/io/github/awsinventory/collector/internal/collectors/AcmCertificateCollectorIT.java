package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.acm.AcmClient;

@AwsEmulatorTest
class AcmCertificateCollectorIT {

  @Test
  void collect_certificates_reportsDomainStatusTypeExpiryAndUse(AwsEmulator aws) {
    AcmClient acm = aws.client(AcmClient.builder(), ACCOUNT);
    String arn = acm.requestCertificate(r -> r.domainName("www.example.com")
        .tags(t -> t.key("team").value("web"))).certificateArn();
    acm.importCertificate(r -> r.certificate(pem("imported-example-com.crt.pem"))
        .privateKey(pem("imported-example-com.key.pem")).tags(t -> t.key("Name").value("imported")));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ACM_CERTIFICATE);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("acm_certificate", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource certificate = run.named("www.example.com");
    assertThat(certificate.resourceId()).isEqualTo(arn).startsWith("arn:aws:acm:us-east-1:" + ACCOUNT
        + ":certificate/");
    assertThat(certificate.tags()).isEqualTo(Map.of("team", "web"));
    assertThat(certificate.unknownAttributes()).isEmpty();
    // the emulator leaves a requested certificate pending validation
    assertThat(certificate.state()).hasValue("PENDING_VALIDATION");
    assertThat(certificate.createdAt()).isPresent();
    assertThat(certificate.attributes())
        .containsEntry("domain_name", "www.example.com")
        .containsEntry("certificate_status", "PENDING_VALIDATION")
        .containsEntry("certificate_type", "AMAZON_ISSUED")
        .containsEntry("key_algorithm", "RSA_2048")
        .containsEntry("in_use", false)
        .containsEntry("in_use_by", List.of())
        .containsKeys("renewal_eligibility", "creation_date");
    Resource imported = run.named("imported");
    assertThat(imported.attributes())
        .containsEntry("domain_name", "imported.example.com")
        .containsEntry("certificate_status", "ISSUED")
        .containsEntry("certificate_type", "IMPORTED")
        .containsEntry("not_after", "2036-12-04T15:55:17Z")
        .containsEntry("in_use", false);
  }

  private static SdkBytes pem(String name) {
    try (InputStream in = AcmCertificateCollectorIT.class.getResourceAsStream("/acm/" + name)) {
      return SdkBytes.fromByteArray(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void collect_whenDescribeIsDenied_keepsCertificateWithItsDetailsUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(AcmClient.builder(), account).requestCertificate(r -> r.domainName("denied.example.com"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("acm").operation("DescribeCertificate"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ACM_CERTIFICATE, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource certificate = run.named("denied.example.com");
    assertThat(certificate.state()).isEmpty();
    assertThat(certificate.unknownAttributes()).contains("certificate_status", "not_after", "in_use").hasSize(8);
    assertThat(certificate.attributes()).containsOnlyKeys("domain_name");
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains(certificate.resourceId()).contains("not_after").contains("AccessDenied");
  }
}
