package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code ecs_service}: An ECS service. Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class EcsService {

  /** {@code cluster_arn} (string): the cluster the service runs in. */
  public static final AttributeKey<String> CLUSTER_ARN = AttributeKey.string("cluster_arn",
      "the ARN of the cluster the service runs in");

  /** {@code service_status} (string): {@code ACTIVE}, {@code DRAINING} or {@code INACTIVE}. */
  public static final AttributeKey<String> STATUS = AttributeKey.string("service_status",
      "`ACTIVE`, `DRAINING` or `INACTIVE`");

  /** {@code launch_type} (string): {@code EC2}, {@code FARGATE} or {@code EXTERNAL}. */
  public static final AttributeKey<String> LAUNCH_TYPE = AttributeKey.string("launch_type",
      "`EC2`, `FARGATE` or `EXTERNAL`; absent when the service uses a capacity provider strategy instead");

  /** {@code scheduling_strategy} (string): {@code REPLICA} or {@code DAEMON}. */
  public static final AttributeKey<String> SCHEDULING_STRATEGY = AttributeKey.string("scheduling_strategy",
      "`REPLICA` or `DAEMON`");

  /** {@code desired_count} (number): the tasks the service should run. */
  public static final NumberKey DESIRED_COUNT = AttributeKey.number("desired_count",
      "the number of tasks the service should keep running");

  /** {@code running_count} (number): the tasks in the {@code RUNNING} state. */
  public static final NumberKey RUNNING_COUNT = AttributeKey.number("running_count",
      "tasks in the `RUNNING` state");

  /** {@code pending_count} (number): the tasks in the {@code PENDING} state. */
  public static final NumberKey PENDING_COUNT = AttributeKey.number("pending_count",
      "tasks in the `PENDING` state");

  /** {@code task_definition} (string): the task definition the service runs. */
  public static final AttributeKey<String> TASK_DEFINITION = AttributeKey.string("task_definition",
      "the ARN of the task definition (family and revision) the service runs");

  /** {@code assign_public_ip} (string): whether tasks get a public IP, {@code ENABLED} or {@code DISABLED}. */
  public static final AttributeKey<String> ASSIGN_PUBLIC_IP = AttributeKey.string("assign_public_ip",
      "`ENABLED` when the tasks' network interfaces get a public IP address automatically, else `DISABLED` (also "
      + "for a service without an `awsvpc` network configuration, whose tasks use their instance's network)");

  /** {@code creation_date} (time): when the service was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the service was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.ECS_SERVICE)
      .description("An ECS service")
      .service("ecs")
      .arnFormat("arn:<partition>:ecs:<region>:<account>:service/<cluster>/<name>")
      .attributes(CLUSTER_ARN, STATUS, LAUNCH_TYPE, SCHEDULING_STRATEGY, DESIRED_COUNT, RUNNING_COUNT, PENDING_COUNT,
          TASK_DEFINITION, ASSIGN_PUBLIC_IP, CREATION_DATE)
      .iamActions("ecs:ListClusters", "ecs:ListServices", "ecs:DescribeServices")
      .costModel("unknown: not priced; the tasks run on EC2 instances (their own resources) or on Fargate, billed by "
          + "vCPU and memory per second")
      .build();

  private EcsService() {}
}
