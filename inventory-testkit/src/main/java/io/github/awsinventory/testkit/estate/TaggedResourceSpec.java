package io.github.awsinventory.testkit.estate;

import java.util.Objects;

/**
 * A tagged resource of a service that no built-in collector knows, for the broad tier to find through the
 * Resource Groups Tagging API. Give it a {@link #service(Service) service}, a name and at least one tag (the
 * API lists only resources that carry tags).
 */
public final class TaggedResourceSpec extends ResourceSpec<TaggedResourceSpec> {

  /** The services the estate can create a tagged resource of, each with the type the ARN gives it. */
  public enum Service {
    /** An SSM parameter ({@code ssm_parameter}). */
    SSM_PARAMETER("ssm_parameter"),
    /** An EventBridge event bus ({@code events_event_bus}). */
    EVENT_BUS("events_event_bus"),
    /** A Glue database ({@code glue_database}). */
    GLUE_DATABASE("glue_database"),
    /** An Athena workgroup ({@code athena_workgroup}). */
    ATHENA_WORKGROUP("athena_workgroup"),
    /** An AWS Backup vault ({@code backup_backup_vault}). */
    BACKUP_VAULT("backup_backup_vault"),
    /** A Simple Workflow domain ({@code swf_domain}). */
    SWF_DOMAIN("swf_domain"),
    /** An AppSync GraphQL API ({@code appsync_apis}). */
    APPSYNC_API("appsync_apis"),
    /** A CloudFormation stack holding one wait-condition handle ({@code cloudformation_stack}). */
    CLOUDFORMATION_STACK("cloudformation_stack"),
    /** A Service Catalog portfolio ({@code catalog_portfolio}). */
    CATALOG_PORTFOLIO("catalog_portfolio"),
    /** A DMS source endpoint ({@code dms_endpoint}). */
    DMS_ENDPOINT("dms_endpoint");

    private final String type;

    Service(String type) {
      this.type = type;
    }

    /**
     * The type the broad tier gives the resource, from its ARN.
     *
     * @return e.g. {@code ssm_parameter}
     */
    public String type() {
      return type;
    }
  }

  Service service;

  TaggedResourceSpec() {}

  /**
   * The service the resource belongs to.
   *
   * @param service the service
   * @return this spec
   */
  public TaggedResourceSpec service(Service service) {
    this.service = Objects.requireNonNull(service, "service");
    return this;
  }
}
