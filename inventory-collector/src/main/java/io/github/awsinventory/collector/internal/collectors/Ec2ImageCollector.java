package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.model.types.Ec2Image.ARCHITECTURE;
import static io.github.awsinventory.model.types.Ec2Image.CREATION_DATE;
import static io.github.awsinventory.model.types.Ec2Image.DESCRIPTOR;
import static io.github.awsinventory.model.types.Ec2Image.IMAGE_ID;
import static io.github.awsinventory.model.types.Ec2Image.IMAGE_NAME;
import static io.github.awsinventory.model.types.Ec2Image.IS_PUBLIC;
import static io.github.awsinventory.model.types.Ec2Image.ROOT_DEVICE_NAME;
import static io.github.awsinventory.model.types.Ec2Image.ROOT_DEVICE_TYPE;
import static io.github.awsinventory.model.types.Ec2Image.SNAPSHOT_IDS;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * {@code ec2_image}: DescribeImages of the AMIs the account owns ({@code Owners=self}, deprecated and disabled ones
 * included), 1000 per page; everything comes from the listing, whether the AMI is public from its {@code Public}
 * field. AMI ARNs carry no account: {@code arn:aws:ec2:<region>::image/<id>}.
 */
public final class Ec2ImageCollector implements ItemCollector<Image> {

  @Override
  public TypeDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Image>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<Image> items) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (Image image : ec2.describeImagesPaginator(r -> r.owners("self").includeDeprecated(true)
        .includeDisabled(true).maxResults(1000)).images()) {
      resource(context, items, image);
    }
  }

  /** The time in an AMI's {@code CreationDate}, such as {@code 2026-11-02T10:15:30.000Z}. */
  static Optional<Instant> creationDate(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The snapshots of an AMI's EBS block device mappings, in mapping order. */
  static List<String> snapshotIds(List<BlockDeviceMapping> mappings) {
    return mappings.stream().filter(m -> m.ebs() != null).map(m -> m.ebs().snapshotId()).filter(Objects::nonNull)
        .collect(Collectors.toList());
  }

  private static Resource.Builder resource(CollectionContext context, ListedItems<Image> items, Image image) {
    Map<String, String> tags = Attributes.tags(image.tags(), Tag::key, Tag::value);
    String arn = "arn:" + context.partition() + ":ec2:" + context.region() + "::image/" + image.imageId();
    String ownName = image.name() == null || image.name().isBlank() ? image.imageId() : image.name();
    Resource.Builder r = items.add(image, arn, Attributes.name(tags, ownName)).tags(tags);
    if (image.stateAsString() != null) {
      r.state(image.stateAsString());
    }
    Optional<Instant> created = creationDate(image.creationDate());
    created.ifPresent(r::createdAt);
    IMAGE_ID.put(r, image.imageId());
    IMAGE_NAME.put(r, image.name());
    IS_PUBLIC.put(r, image.publicLaunchPermissions());
    CREATION_DATE.put(r, created.orElse(null));
    ROOT_DEVICE_TYPE.put(r, image.rootDeviceTypeAsString());
    ROOT_DEVICE_NAME.put(r, image.rootDeviceName());
    ARCHITECTURE.put(r, image.architectureAsString());
    SNAPSHOT_IDS.put(r, snapshotIds(image.blockDeviceMappings()));
    return r;
  }
}
