package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.List;

/**
 * {@code ecs_cluster}: An ECS cluster. Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class EcsCluster {

  /** {@code cluster_status} (string): {@code ACTIVE}, {@code PROVISIONING}, {@code DEPROVISIONING}, ... */
  public static final AttributeKey<String> STATUS = AttributeKey.string("cluster_status",
      "`ACTIVE`, `PROVISIONING`, `DEPROVISIONING`, `FAILED` or `INACTIVE`");

  /** {@code active_services_count} (number): services in the {@code ACTIVE} state. */
  public static final NumberKey ACTIVE_SERVICES_COUNT = AttributeKey.number("active_services_count",
      "services in the `ACTIVE` state");

  /** {@code running_tasks_count} (number): tasks in the {@code RUNNING} state. */
  public static final NumberKey RUNNING_TASKS_COUNT = AttributeKey.number("running_tasks_count",
      "tasks in the `RUNNING` state");

  /** {@code pending_tasks_count} (number): tasks in the {@code PENDING} state. */
  public static final NumberKey PENDING_TASKS_COUNT = AttributeKey.number("pending_tasks_count",
      "tasks in the `PENDING` state");

  /** {@code registered_container_instances_count} (number): EC2 container instances registered. */
  public static final NumberKey REGISTERED_CONTAINER_INSTANCES_COUNT = AttributeKey.number(
      "registered_container_instances_count",
      "EC2 container instances registered with the cluster (Fargate tasks need none)");

  /** {@code container_insights} (string): the {@code containerInsights} setting. */
  public static final AttributeKey<String> CONTAINER_INSIGHTS = AttributeKey.string("container_insights",
      "the `containerInsights` setting: `enabled`, `enhanced` or `disabled`; absent when the cluster reports none");

  /** {@code capacity_providers} (list of strings): the cluster's capacity providers, such as {@code FARGATE}. */
  public static final AttributeKey<List<String>> CAPACITY_PROVIDERS = AttributeKey.stringList("capacity_providers",
      "the cluster's capacity providers, such as `FARGATE` or an Auto Scaling group provider");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.ECS_CLUSTER)
      .description("An ECS cluster")
      .service("ecs")
      .arnFormat("arn:<partition>:ecs:<region>:<account>:cluster/<name>")
      .attributes(STATUS, ACTIVE_SERVICES_COUNT, RUNNING_TASKS_COUNT, PENDING_TASKS_COUNT,
          REGISTERED_CONTAINER_INSTANCES_COUNT, CONTAINER_INSIGHTS, CAPACITY_PROVIDERS)
      .iamActions("ecs:ListClusters", "ecs:DescribeClusters")
      .costModel("free: a cluster itself has no charge; its tasks run on EC2 instances (their own resources) or "
          + "Fargate (billed by usage, unknown on ecs_service)")
      .build();

  private EcsCluster() {}
}
