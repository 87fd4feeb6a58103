package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code sfn_state_machine}: A Step Functions state machine. Its attribute keys, through which collectors write and
 * rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class SfnStateMachine {

  /** {@code state_machine_type} (string): {@code STANDARD} or {@code EXPRESS}. */
  public static final AttributeKey<String> STATE_MACHINE_TYPE = AttributeKey.string("state_machine_type",
      "`STANDARD` or `EXPRESS`");

  /** {@code state_machine_status} (string): {@code ACTIVE} or {@code DELETING}. */
  public static final AttributeKey<String> STATE_MACHINE_STATUS = AttributeKey.string("state_machine_status",
      "`ACTIVE` or `DELETING`");

  /** {@code logging_level} (string): {@code ALL}, {@code ERROR}, {@code FATAL} or {@code OFF}. */
  public static final AttributeKey<String> LOGGING_LEVEL = AttributeKey.string("logging_level",
      "execution history logged to CloudWatch Logs: `ALL`, `ERROR`, `FATAL` or `OFF`");

  /** {@code include_execution_data} (boolean): whether the logs include the execution's input and output. */
  public static final AttributeKey<Boolean> INCLUDE_EXECUTION_DATA = AttributeKey.bool("include_execution_data",
      "whether the logs include each execution's input and output");

  /** {@code tracing_enabled} (boolean): whether X-Ray tracing is on. */
  public static final AttributeKey<Boolean> TRACING_ENABLED = AttributeKey.bool("tracing_enabled",
      "whether AWS X-Ray tracing is on");

  /** {@code role_arn} (string): the IAM role the state machine runs as. */
  public static final AttributeKey<String> ROLE_ARN = AttributeKey.string("role_arn",
      "the IAM role the state machine runs as");

  /** {@code creation_date} (time): when the state machine was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the state machine was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.SFN_STATE_MACHINE)
      .description("A Step Functions state machine")
      .service("states")
      .arnFormat("arn:<partition>:states:<region>:<account>:stateMachine:<name>")
      .attributes(STATE_MACHINE_TYPE, STATE_MACHINE_STATUS, LOGGING_LEVEL, INCLUDE_EXECUTION_DATA, TRACING_ENABLED,
          ROLE_ARN, CREATION_DATE)
      .iamActions("states:ListStateMachines", "states:DescribeStateMachine", "states:ListTagsForResource")
      .costModel("unknown: billed by state transitions (standard) or by requests and duration (express)")
      .build();

  private SfnStateMachine() {}
}
