package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.CloudWatchLogGroup;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/**
 * {@code cloudwatch_log_group}: DescribeLogGroups, 50 per page, then one detail step per group,
 * ListTagsForResource (with the group's ARN without the trailing {@code :*}). A group without a retention setting
 * has no {@code retention_in_days} and {@code never_expires: true}; a group deleted between the listing and its tags
 * is dropped.
 */
public final class CloudWatchLogGroupCollector implements ItemCollector<CloudWatchLogGroupCollector.Group> {

  private static final List<DetailStep<Group>> DETAILS = List.of(
      DetailStep.tags("ListTagsForResource", CloudWatchLogGroupCollector::tags));

  /** A listed group: its name and its ARN. */
  record Group(String name, String arn) {}

  @Override
  public TypeDescriptor descriptor() {
    return CloudWatchLogGroup.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Group>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Group> items) {
    CloudWatchLogsClient logs = context.client(CloudWatchLogsClient.class);
    for (LogGroup group : logs.describeLogGroupsPaginator(r -> r.limit(50)).logGroups()) {
      String arn = arn(context, group);
      resource(items.add(new Group(group.logGroupName(), arn), arn, group.logGroupName()), group);
    }
  }

  /** The group's ARN without the {@code :*} that DescribeLogGroups' {@code arn} ends with. */
  static String arn(CollectionContext context, LogGroup group) {
    if (group.logGroupArn() != null && !group.logGroupArn().isEmpty()) {
      return group.logGroupArn();
    }
    if (group.arn() != null && !group.arn().isEmpty()) {
      return group.arn().endsWith(":*") ? group.arn().substring(0, group.arn().length() - 2) : group.arn();
    }
    return context.arn("logs", "log-group:" + group.logGroupName());
  }

  private static void resource(Resource.Builder r, LogGroup group) {
    Instant created = group.creationTime() == null ? null : Instant.ofEpochMilli(group.creationTime());
    if (created != null) {
      r.createdAt(created);
    }
    CloudWatchLogGroup.RETENTION_IN_DAYS.put(r, group.retentionInDays());
    CloudWatchLogGroup.NEVER_EXPIRES.put(r, group.retentionInDays() == null);
    CloudWatchLogGroup.STORED_BYTES.put(r, group.storedBytes());
    CloudWatchLogGroup.KMS_KEY_ID.put(r, group.kmsKeyId());
    CloudWatchLogGroup.LOG_GROUP_CLASS.put(r, group.logGroupClassAsString());
    CloudWatchLogGroup.CREATION_TIME.put(r, created);
  }

  private static Detail tags(CollectionContext context, Group group) {
    Map<String, String> tags;
    try {
      tags = new TreeMap<>(context.client(CloudWatchLogsClient.class)
          .listTagsForResource(t -> t.resourceArn(group.arn())).tags());
    } catch (ResourceNotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> r.tags(tags).name(Attributes.name(tags, group.name()));
  }
}
