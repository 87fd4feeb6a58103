package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.model.types.AutoScalingGroup.AVAILABILITY_ZONES;
import static io.github.awsinventory.model.types.AutoScalingGroup.CREATED_TIME;
import static io.github.awsinventory.model.types.AutoScalingGroup.DESCRIPTOR;
import static io.github.awsinventory.model.types.AutoScalingGroup.DESIRED_CAPACITY;
import static io.github.awsinventory.model.types.AutoScalingGroup.HEALTH_CHECK_TYPE;
import static io.github.awsinventory.model.types.AutoScalingGroup.INSTANCE_COUNT;
import static io.github.awsinventory.model.types.AutoScalingGroup.LAUNCH_CONFIGURATION;
import static io.github.awsinventory.model.types.AutoScalingGroup.LAUNCH_TEMPLATE;
import static io.github.awsinventory.model.types.AutoScalingGroup.LAUNCH_TEMPLATE_VERSION;
import static io.github.awsinventory.model.types.AutoScalingGroup.MAX_SIZE;
import static io.github.awsinventory.model.types.AutoScalingGroup.MIN_SIZE;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.autoscaling.model.LaunchTemplateSpecification;
import software.amazon.awssdk.services.autoscaling.model.TagDescription;

/**
 * {@code autoscaling_group}: DescribeAutoScalingGroups, 100 per page; everything, tags included, comes from the
 * listing. A group has a state only while it is being deleted ({@code Status}).
 */
public final class AutoScalingGroupCollector implements ItemCollector<AutoScalingGroup> {

  @Override
  public TypeDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<DetailStep<AutoScalingGroup>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<AutoScalingGroup> items) {
    AutoScalingClient autoscaling = context.client(AutoScalingClient.class);
    for (AutoScalingGroup group : autoscaling.describeAutoScalingGroupsPaginator(r -> r.maxRecords(100))
        .autoScalingGroups()) {
      resource(items, group);
    }
  }

  /** The group's launch template: its own, else that of its mixed instances policy; null when it has none. */
  static LaunchTemplateSpecification launchTemplate(AutoScalingGroup group) {
    if (group.launchTemplate() != null) {
      return group.launchTemplate();
    }
    if (group.mixedInstancesPolicy() != null && group.mixedInstancesPolicy().launchTemplate() != null) {
      return group.mixedInstancesPolicy().launchTemplate().launchTemplateSpecification();
    }
    return null;
  }

  private static Resource.Builder resource(ListedItems<AutoScalingGroup> items, AutoScalingGroup group) {
    Map<String, String> tags = Attributes.tags(group.tags(), TagDescription::key, TagDescription::value);
    Resource.Builder r = items.add(group, group.autoScalingGroupARN(),
        Attributes.name(tags, group.autoScalingGroupName())).tags(tags);
    if (group.status() != null && !group.status().isBlank()) {
      r.state(group.status());
    }
    if (group.createdTime() != null) {
      r.createdAt(group.createdTime());
    }
    MIN_SIZE.put(r, group.minSize());
    MAX_SIZE.put(r, group.maxSize());
    DESIRED_CAPACITY.put(r, group.desiredCapacity());
    INSTANCE_COUNT.put(r, group.instances().size());
    LaunchTemplateSpecification template = launchTemplate(group);
    if (template != null) {
      LAUNCH_TEMPLATE.put(r, template.launchTemplateName() != null ? template.launchTemplateName()
          : template.launchTemplateId());
      LAUNCH_TEMPLATE_VERSION.put(r, template.version());
    }
    LAUNCH_CONFIGURATION.put(r, group.launchConfigurationName());
    HEALTH_CHECK_TYPE.put(r, group.healthCheckType());
    AVAILABILITY_ZONES.put(r, group.availabilityZones());
    CREATED_TIME.put(r, group.createdTime());
    return r;
  }
}
