package io.github.awsinventory.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.EbsVolume;
import io.github.awsinventory.model.types.Ec2Instance;
import io.github.awsinventory.model.types.S3Bucket;
import io.github.awsinventory.model.types.SecurityGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResourceCatalogTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private static final NumberKey SPROCKETS = AttributeKey.number("sprocket_count", "sprockets fitted");
  private static final TypeDescriptor WIDGET = TypeDescriptor.builder(ResourceType.of("acme_widget"))
      .description("An ACME widget")
      .service("acme")
      .arnFormat("arn:<partition>:acme:<region>:<account>:widget/<id>")
      .attributes(SPROCKETS)
      .iamActions("acme:ListWidgets", "acme:DescribeWidget")
      .costModel("unknown: billed by use")
      .build();

  @Test
  void builtIn_describesEveryBuiltInTypeOnceInTheirOrder() {
    List<ResourceType> described = ResourceCatalog.builtIn().descriptors().stream().map(TypeDescriptor::type)
        .collect(Collectors.toList());

    assertThat(described).containsExactlyElementsOf(ResourceType.builtIn());
    assertThat(ResourceCatalog.builtIn().get(ResourceType.S3_BUCKET).isGlobal()).isTrue();
    assertThat(ResourceCatalog.builtIn().get(ResourceType.EC2_INSTANCE).isGlobal()).isFalse();
    assertThat(ResourceCatalog.builtIn().get(ResourceType.LOAD_BALANCER).service()).isEqualTo("elasticloadbalancing");
  }

  @Test
  void iamActions_areTheSortedUnionOfEveryType() {
    assertThat(List.copyOf(ResourceCatalog.builtIn().iamActions())).hasSize(94)
        .contains("ec2:DescribeInstances", "s3:GetBucketTagging", "iam:GenerateCredentialReport")
        .isSorted();
    assertThat(ResourceCatalog.builtIn().with(WIDGET).iamActions()).hasSize(96).contains("acme:ListWidgets");
  }

  @Test
  void with_addsAPlugInTypeAndKeepsTheBuiltInOnes() {
    ResourceCatalog catalog = ResourceCatalog.builtIn().with(WIDGET);

    assertThat(catalog.get(ResourceType.of("acme_widget"))).isSameAs(WIDGET);
    assertThat(catalog.descriptors()).hasSize(44);
    assertThat(ResourceCatalog.builtIn().find(ResourceType.of("acme_widget"))).isEmpty();
    assertThat(WIDGET.attribute("sprocket_count")).containsSame(SPROCKETS);
  }

  @Test
  void with_whenTheTypeIsAlreadyDescribed_namesItAndRefuses() {
    TypeDescriptor other = TypeDescriptor.builder(ResourceType.EC2_INSTANCE).description("mine").service("ec2")
        .arnFormat("arn:x").iamActions("ec2:DescribeInstances").costModel("unknown: mine").build();

    assertThatThrownBy(() -> ResourceCatalog.builtIn().with(other))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("'ec2_instance' is described twice");
  }

  @Test
  void get_whenTheTypeIsUnknown_listsTheKnownTypesAndTheFix() {
    assertThatThrownBy(() -> ResourceCatalog.builtIn().get(ResourceType.of("acme_widget")))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("'acme_widget' is not in the catalogue")
        .hasMessageContaining("ec2_instance, ebs_volume")
        .hasMessageContaining("ResourceCatalog.with");
  }

  @Test
  void builder_whenAPartIsMissingOrMalformed_namesIt() {
    TypeDescriptor.Builder noService = TypeDescriptor.builder(ResourceType.of("x_thing")).description("A thing")
        .arnFormat("arn:aws:x").iamActions("x:List").costModel("unknown");
    TypeDescriptor.Builder badAction = TypeDescriptor.builder(ResourceType.of("x_thing")).description("A thing")
        .service("x").arnFormat("arn:aws:x").iamActions("ListThings").costModel("unknown");
    TypeDescriptor.Builder pricedElsewhere = TypeDescriptor.builder(ResourceType.of("x_thing"))
        .description("A thing").service("x").arnFormat("arn:aws:x").iamActions("x:List")
        .costModel("by size", SPROCKETS);

    assertThatThrownBy(noService::build).isInstanceOf(CatalogException.class)
        .hasMessage("x_thing: service is required; set the service's endpoint prefix such as 'sqs'");
    assertThatThrownBy(badAction::build).hasMessageContaining("'service:Action' (was 'ListThings')");
    assertThatThrownBy(pricedElsewhere::build).hasMessageContaining("priced attribute 'sprocket_count'");
  }

  @Test
  void attributeKey_whenTheNameIsNotSnakeCaseOrTheMeaningIsEmpty_refuses() {
    assertThatThrownBy(() -> AttributeKey.string("InstanceType", "type")).isInstanceOf(CatalogException.class)
        .hasMessageContaining("(was 'InstanceType')");
    assertThatThrownBy(() -> AttributeKey.bool("on", " ")).hasMessageContaining("'on' needs a one-line meaning");
    assertThatThrownBy(() -> AttributeKey.map("m", "a map", SPROCKETS, SPROCKETS))
        .hasMessageContaining("'sprocket_count' appears twice");
  }

  @Test
  void put_writesPresentValuesAndSkipsAbsentOnes() {
    Resource.Builder builder = volume();

    EbsVolume.VOLUME_TYPE.put(builder, "gp3");
    EbsVolume.SIZE_GIB.put(builder, 100);
    EbsVolume.IOPS.put(builder, (Integer) null);
    EbsVolume.KMS_KEY_ID.put(builder, "");
    EbsVolume.ENCRYPTED.put(builder, false);
    Resource resource = builder.build();

    assertThat(resource.attributes()).containsOnlyKeys("volume_type", "size_gib", "encrypted");
    assertThat(EbsVolume.SIZE_GIB.read(resource)).contains(new BigDecimal("100"));
    assertThat(EbsVolume.ENCRYPTED.read(resource)).contains(false);
    assertThat(EbsVolume.IOPS.read(resource)).isEmpty();
    assertThat(EbsVolume.IOPS.isUnknown(resource)).isFalse();
  }

  @Test
  void markUnknown_makesTheAttributeUnknownNotAbsent() {
    Resource resource = S3Bucket.VERSIONING.markUnknown(volume()).build();

    assertThat(S3Bucket.VERSIONING.read(resource)).isEmpty();
    assertThat(S3Bucket.VERSIONING.isUnknown(resource)).isTrue();
    assertThat(resource.unknownAttributes()).containsExactly("versioning");
  }

  @Test
  void read_whenTheStoredValueHasAnotherType_isEmpty() {
    Resource resource = volume().putAttributes("size_gib", "large").putAttributes("volume_type", 3).build();

    assertThat(EbsVolume.SIZE_GIB.read(resource)).isEmpty();
    assertThat(EbsVolume.VOLUME_TYPE.read(resource)).isEmpty();
  }

  @Test
  void timeAndListAndNestedKeys_roundTripThroughTheResource() {
    Map<String, Object> rule = new LinkedHashMap<>();
    SecurityGroup.IngressRule.PROTOCOL.put(rule, "tcp");
    SecurityGroup.IngressRule.FROM_PORT.put(rule, 22);
    SecurityGroup.IngressRule.IPV4_RANGES.put(rule, List.of("0.0.0.0/0"));
    Resource.Builder builder = volume();
    Ec2Instance.LAUNCH_TIME.put(builder, NOW);
    SecurityGroup.INGRESS_RULES.put(builder, List.of(rule));
    Resource resource = builder.build();

    assertThat(resource.attributes().get("launch_time")).isEqualTo("2026-12-01T10:00:00Z");
    assertThat(Ec2Instance.LAUNCH_TIME.read(resource)).contains(NOW);
    Map<String, Object> stored = SecurityGroup.INGRESS_RULES.read(resource).orElseThrow().get(0);
    assertThat(SecurityGroup.IngressRule.FROM_PORT.read(stored)).contains(new BigDecimal("22"));
    assertThat(SecurityGroup.IngressRule.IPV4_RANGES.read(stored)).contains(List.of("0.0.0.0/0"));
    assertThat(SecurityGroup.IngressRule.TO_PORT.read(stored)).isEmpty();
  }

  private static Resource.Builder volume() {
    return Resource.builder().resourceId("arn:aws:ec2:us-east-1:111111111111:volume/vol-1")
        .resourceType(ResourceType.EBS_VOLUME).accountId("111111111111").accountName("a").region("us-east-1")
        .name("vol-1").firstSeen(NOW).lastSeen(NOW);
  }
}
