package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.SfnStateMachine;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.Tag;

/**
 * {@code sfn_state_machine}: ListStateMachines (1000 per page), then two detail steps per state machine:
 * DescribeStateMachine (type, status, role, logging and tracing) and ListTagsForResource. A state machine deleted
 * between the listing and a detail call is dropped; one that cannot be described or whose tags cannot be read is
 * kept with those attributes unknown. A state machine without a logging configuration is recorded with
 * {@code logging_level} {@code OFF}, as Step Functions treats it.
 */
public final class SfnStateMachineCollector implements ItemCollector<StateMachineListItem> {

  private static final List<DetailStep<StateMachineListItem>> DETAILS = List.of(
      DetailStep.of("DescribeStateMachine", SfnStateMachineCollector::describe, SfnStateMachine.STATE_MACHINE_TYPE,
          SfnStateMachine.STATE_MACHINE_STATUS, SfnStateMachine.LOGGING_LEVEL, SfnStateMachine.INCLUDE_EXECUTION_DATA,
          SfnStateMachine.TRACING_ENABLED, SfnStateMachine.ROLE_ARN),
      DetailStep.tags("ListTagsForResource", SfnStateMachineCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return SfnStateMachine.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<StateMachineListItem>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<StateMachineListItem> items) {
    SfnClient sfn = context.client(SfnClient.class);
    for (StateMachineListItem machine : sfn.listStateMachinesPaginator(r -> r.maxResults(1000)).stateMachines()) {
      Resource.Builder r = items.add(machine, machine.stateMachineArn(), machine.name());
      if (machine.creationDate() != null) {
        r.createdAt(machine.creationDate());
      }
      SfnStateMachine.CREATION_DATE.put(r, machine.creationDate());
    }
  }

  private static Detail describe(CollectionContext context, StateMachineListItem machine) {
    DescribeStateMachineResponse described;
    try {
      described = context.client(SfnClient.class)
          .describeStateMachine(d -> d.stateMachineArn(machine.stateMachineArn()));
    } catch (StateMachineDoesNotExistException | ResourceNotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> {
      if (described.statusAsString() != null) {
        r.state(described.statusAsString());
      }
      SfnStateMachine.STATE_MACHINE_TYPE.put(r, described.typeAsString());
      SfnStateMachine.STATE_MACHINE_STATUS.put(r, described.statusAsString());
      SfnStateMachine.ROLE_ARN.put(r, described.roleArn());
      if (described.loggingConfiguration() == null || described.loggingConfiguration().level() == null) {
        SfnStateMachine.LOGGING_LEVEL.put(r, LogLevel.OFF.toString());
        SfnStateMachine.INCLUDE_EXECUTION_DATA.put(r, false);
      } else {
        SfnStateMachine.LOGGING_LEVEL.put(r, described.loggingConfiguration().levelAsString());
        SfnStateMachine.INCLUDE_EXECUTION_DATA.put(r,
            Boolean.TRUE.equals(described.loggingConfiguration().includeExecutionData()));
      }
      SfnStateMachine.TRACING_ENABLED.put(r, described.tracingConfiguration() != null
          && Boolean.TRUE.equals(described.tracingConfiguration().enabled()));
    };
  }

  private static Detail tags(CollectionContext context, StateMachineListItem machine) {
    Map<String, String> tags;
    try {
      tags = Attributes.tags(context.client(SfnClient.class)
          .listTagsForResource(t -> t.resourceArn(machine.stateMachineArn())).tags(), Tag::key, Tag::value);
    } catch (ResourceNotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> r.tags(tags).name(Attributes.name(tags, machine.name()));
  }
}
