package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.model.types.Vpc.CIDR_BLOCK;
import static io.github.awsinventory.model.types.Vpc.DESCRIPTOR;
import static io.github.awsinventory.model.types.Vpc.FLOW_LOGS_ENABLED;
import static io.github.awsinventory.model.types.Vpc.INSTANCE_TENANCY;
import static io.github.awsinventory.model.types.Vpc.IS_DEFAULT;
import static io.github.awsinventory.model.types.Vpc.VPC_ID;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * {@code vpc}: DescribeVpcs (1000 per page), then DescribeFlowLogs once per scope (1000 per page), filtered by the
 * ids of the listed VPCs ({@value #FILTER_VALUES} ids per call, so one call for all but the largest scopes). A VPC
 * has flow logs when one of its own is {@code ACTIVE}. When DescribeFlowLogs fails, the VPCs of that call are kept
 * with {@code flow_logs_enabled} unknown.
 */
public final class VpcCollector implements ItemCollector<Vpc> {

  /** Values one filter of a DescribeFlowLogs call takes. */
  static final int FILTER_VALUES = 200;

  private static final String ACTIVE = "ACTIVE";

  @Override
  public TypeDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** None: the flow logs come with one call per scope, not per VPC. */
  @Override
  public List<DetailStep<Vpc>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<Vpc> items) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    List<Vpc> vpcs = new ArrayList<>();
    ec2.describeVpcsPaginator(r -> r.maxResults(1000)).vpcs().forEach(vpcs::add);
    for (int from = 0; from < vpcs.size(); from += FILTER_VALUES) {
      List<Vpc> batch = vpcs.subList(from, Math.min(from + FILTER_VALUES, vpcs.size()));
      List<String> ids = batch.stream().map(Vpc::vpcId).collect(Collectors.toList());
      Set<String> logged = Set.of();
      AwsServiceException flowLogError = null;
      try {
        logged = withActiveFlowLogs(ec2.describeFlowLogsPaginator(r -> r.maxResults(1000)
            .filter(f -> f.name("resource-id").values(ids))).flowLogs());
      } catch (AwsServiceException e) {
        flowLogError = e;
      }
      for (Vpc vpc : batch) {
        String arn = context.arn("ec2", "vpc/" + vpc.vpcId());
        Resource.Builder r = resource(items, vpc, arn);
        if (flowLogError == null) {
          FLOW_LOGS_ENABLED.put(r, logged.contains(vpc.vpcId()));
        } else {
          Attributes.unknown(context, r, arn, flowLogError, FLOW_LOGS_ENABLED.name());
        }
      }
    }
  }

  /** The ids of the resources that have at least one active flow log. */
  static Set<String> withActiveFlowLogs(Iterable<FlowLog> flowLogs) {
    Set<String> resources = new HashSet<>();
    for (FlowLog flowLog : flowLogs) {
      if (ACTIVE.equals(flowLog.flowLogStatus()) && flowLog.resourceId() != null) {
        resources.add(flowLog.resourceId());
      }
    }
    return resources;
  }

  private static Resource.Builder resource(ListedItems<Vpc> items, Vpc vpc, String arn) {
    Map<String, String> tags = Attributes.tags(vpc.tags(), Tag::key, Tag::value);
    Resource.Builder r = items.add(vpc, arn, Attributes.name(tags, vpc.vpcId())).tags(tags);
    if (vpc.stateAsString() != null) {
      r.state(vpc.stateAsString());
    }
    VPC_ID.put(r, vpc.vpcId());
    CIDR_BLOCK.put(r, vpc.cidrBlock());
    IS_DEFAULT.put(r, vpc.isDefault());
    INSTANCE_TENANCY.put(r, vpc.instanceTenancyAsString());
    return r;
  }
}
