package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.EcsService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceField;
import software.amazon.awssdk.services.ecs.model.Tag;

/**
 * {@code ecs_service}: ListClusters (100 per page), ListServices per cluster (100 per page), then DescribeServices with
 * their tags, 10 services a call, as part of the listing; a service that DescribeServices no longer finds is left
 * out. There are no detail steps.
 */
public final class EcsServiceCollector implements ItemCollector<Service> {

  /** The most services one DescribeServices call takes. */
  static final int DESCRIBE_BATCH = 10;

  @Override
  public TypeDescriptor descriptor() {
    return EcsService.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Service>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<Service> items) {
    EcsClient ecs = context.client(EcsClient.class);
    List<String> clusters = new ArrayList<>();
    ecs.listClustersPaginator(r -> r.maxResults(100)).clusterArns().forEach(clusters::add);
    for (String cluster : clusters) {
      List<String> arns = new ArrayList<>();
      ecs.listServicesPaginator(r -> r.cluster(cluster).maxResults(100)).serviceArns().forEach(arns::add);
      for (List<String> batch : EcsClusterCollector.batches(arns, DESCRIBE_BATCH)) {
        for (Service service : ecs.describeServices(d -> d.cluster(cluster).services(batch)
            .include(ServiceField.TAGS)).services()) {
          Map<String, String> tags = Attributes.tags(service.tags(), Tag::key, Tag::value);
          resource(items.add(service, service.serviceArn(), Attributes.name(tags, service.serviceName())).tags(tags),
              service);
        }
      }
    }
  }

  /**
   * Whether the service's tasks get a public IP: the {@code awsvpc} configuration's setting, {@code DISABLED} (the
   * default) when it has none or no network configuration at all.
   */
  static String assignPublicIp(Service service) {
    if (service.networkConfiguration() == null || service.networkConfiguration().awsvpcConfiguration() == null
        || service.networkConfiguration().awsvpcConfiguration().assignPublicIp() == null) {
      return AssignPublicIp.DISABLED.toString();
    }
    return service.networkConfiguration().awsvpcConfiguration().assignPublicIpAsString();
  }

  private static void resource(Resource.Builder r, Service service) {
    if (service.status() != null) {
      r.state(service.status());
    }
    if (service.createdAt() != null) {
      r.createdAt(service.createdAt());
    }
    EcsService.CLUSTER_ARN.put(r, service.clusterArn());
    EcsService.STATUS.put(r, service.status());
    EcsService.LAUNCH_TYPE.put(r, service.launchTypeAsString());
    EcsService.SCHEDULING_STRATEGY.put(r, service.schedulingStrategyAsString());
    EcsService.DESIRED_COUNT.put(r, service.desiredCount());
    EcsService.RUNNING_COUNT.put(r, service.runningCount());
    EcsService.PENDING_COUNT.put(r, service.pendingCount());
    EcsService.TASK_DEFINITION.put(r, service.taskDefinition());
    EcsService.ASSIGN_PUBLIC_IP.put(r, assignPublicIp(service));
    EcsService.CREATION_DATE.put(r, service.createdAt());
  }
}
