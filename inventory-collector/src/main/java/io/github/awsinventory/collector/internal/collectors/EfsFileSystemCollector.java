package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.EfsFileSystem;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.efs.model.FileSystemDescription;
import software.amazon.awssdk.services.efs.model.FileSystemSize;
import software.amazon.awssdk.services.efs.model.Tag;

/**
 * {@code efs_file_system}: DescribeFileSystems, 100 per page; the listing tells everything, tags and the number of
 * mount targets included, so there are no detail steps.
 */
public final class EfsFileSystemCollector implements ItemCollector<FileSystemDescription> {

  @Override
  public TypeDescriptor descriptor() {
    return EfsFileSystem.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<FileSystemDescription>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<FileSystemDescription> items) {
    for (FileSystemDescription fs : context.client(EfsClient.class).describeFileSystemsPaginator(r -> r.maxItems(100))
        .fileSystems()) {
      Map<String, String> tags = Attributes.tags(fs.tags(), Tag::key, Tag::value);
      String fallback = fs.name() == null || fs.name().isBlank() ? fs.fileSystemId() : fs.name();
      resource(items.add(fs, fs.fileSystemArn(), Attributes.name(tags, fallback)).tags(tags), fs);
    }
  }

  /**
   * The bytes in the Standard storage class: {@code ValueInStandard}, or the whole {@code Value} when EFS reports no
   * split by storage class at all; null when it reports other classes but not Standard.
   */
  static Long standardBytes(FileSystemSize size) {
    if (size.valueInStandard() != null) {
      return size.valueInStandard();
    }
    return size.valueInIA() == null && size.valueInArchive() == null ? size.value() : null;
  }

  private static void resource(Resource.Builder r, FileSystemDescription fs) {
    if (fs.lifeCycleStateAsString() != null) {
      r.state(fs.lifeCycleStateAsString());
    }
    if (fs.creationTime() != null) {
      r.createdAt(fs.creationTime());
    }
    EfsFileSystem.LIFE_CYCLE_STATE.put(r, fs.lifeCycleStateAsString());
    EfsFileSystem.ENCRYPTED.put(r, Boolean.TRUE.equals(fs.encrypted()));
    FileSystemSize size = fs.sizeInBytes();
    if (size != null) {
      EfsFileSystem.SIZE_BYTES.put(r, size.value());
      EfsFileSystem.SIZE_STANDARD_BYTES.put(r, standardBytes(size));
      EfsFileSystem.SIZE_IA_BYTES.put(r, size.valueInIA());
      EfsFileSystem.SIZE_ARCHIVE_BYTES.put(r, size.valueInArchive());
    }
    EfsFileSystem.PERFORMANCE_MODE.put(r, fs.performanceModeAsString());
    EfsFileSystem.THROUGHPUT_MODE.put(r, fs.throughputModeAsString());
    EfsFileSystem.MOUNT_TARGET_COUNT.put(r, fs.numberOfMountTargets());
    EfsFileSystem.AVAILABILITY_ZONE_NAME.put(r, fs.availabilityZoneName());
    EfsFileSystem.CREATION_DATE.put(r, fs.creationTime());
  }
}
