package io.github.awsinventory.collector.internal.collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.IamPolicy;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * {@code iam_policy}, a global type (region {@code global}): customer managed policies only — ListPolicies with
 * {@code Scope=Local} (1000 per page) gives the attachment counts and dates, and GetAccountAuthorizationDetails with
 * {@code Filter=LocalManagedPolicy} (1000 per page) the documents of their versions; then two detail steps per
 * policy: whether the default version allows {@code *} on {@code *}, from the listed document (GetPolicyVersion
 * only for a policy whose default version the second listing did not have: created or changed in between), and
 * ListPolicyTags.
 *
 * <p>When GetPolicyVersion fails or the document cannot be parsed, {@code allows_full_admin} is unknown; a policy
 * deleted since the listing is dropped.
 */
public final class IamPolicyCollector implements ItemCollector<IamPolicyCollector.Listed> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<DetailStep<Listed>> DETAILS = List.of(
      DetailStep.of("GetPolicyVersion", IamPolicyCollector::document, IamPolicy.ALLOWS_FULL_ADMIN),
      DetailStep.tags("ListPolicyTags", IamPolicyCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return IamPolicy.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Listed>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Listed> items) {
    IamClient iam = context.client(IamClient.class);
    Map<String, String> documents = new HashMap<>();
    for (ManagedPolicyDetail detail : iam.getAccountAuthorizationDetailsPaginator(r -> r
        .filter(EntityType.LOCAL_MANAGED_POLICY).maxItems(1000)).policies()) {
      for (PolicyVersion version : detail.policyVersionList()) {
        if (Boolean.TRUE.equals(version.isDefaultVersion()) && version.document() != null) {
          documents.put(detail.arn() + "#" + version.versionId(), version.document());
        }
      }
    }
    for (Policy policy : iam.listPoliciesPaginator(r -> r.scope(PolicyScopeType.LOCAL).maxItems(1000)).policies()) {
      Listed listed = new Listed(policy, documents.get(policy.arn() + "#" + policy.defaultVersionId()));
      Resource.Builder r = items.add(listed, policy.arn(), policy.policyName());
      if (policy.createDate() != null) {
        r.createdAt(policy.createDate());
      }
      IamPolicy.POLICY_ID.put(r, policy.policyId());
      IamPolicy.PATH.put(r, policy.path());
      IamPolicy.DEFAULT_VERSION_ID.put(r, policy.defaultVersionId());
      IamPolicy.ATTACHMENT_COUNT.put(r, policy.attachmentCount());
      IamPolicy.PERMISSIONS_BOUNDARY_USAGE_COUNT.put(r, policy.permissionsBoundaryUsageCount());
      IamPolicy.CREATION_DATE.put(r, policy.createDate());
      IamPolicy.UPDATE_DATE.put(r, policy.updateDate());
    }
  }

  /** Whether a policy document has an {@code Allow} statement of action {@code *} on resource {@code *}. */
  static boolean allowsFullAdmin(String document) throws IOException {
    String text = document.trim().startsWith("{") ? document : URLDecoder.decode(document, StandardCharsets.UTF_8);
    JsonNode policy = JSON.readTree(text);
    for (JsonNode statement : each(policy.path("Statement"))) {
      if ("Allow".equals(statement.path("Effect").asText())
          && each(statement.path("Action")).stream().anyMatch(a -> "*".equals(a.asText()) || "*:*".equals(a.asText()))
          && each(statement.path("Resource")).stream().anyMatch(r -> "*".equals(r.asText()))) {
        return true;
      }
    }
    return false;
  }

  private static List<JsonNode> each(JsonNode node) {
    List<JsonNode> list = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(list::add);
    } else if (!node.isMissingNode() && !node.isNull()) {
      list.add(node);
    }
    return list;
  }

  private static Detail document(CollectionContext context, Listed listed) {
    Policy policy = listed.policy();
    String document = listed.document();
    if (document == null) {
      try {
        document = context.client(IamClient.class).getPolicyVersion(v -> v.policyArn(policy.arn())
            .versionId(policy.defaultVersionId())).policyVersion().document();
      } catch (NoSuchEntityException e) {
        return Detail.VANISHED;
      }
    }
    boolean admin;
    try {
      admin = allowsFullAdmin(document == null ? "" : document);
    } catch (IOException e) {
      return r -> Attributes.unknown(context, r, policy.arn(), e, IamPolicy.ALLOWS_FULL_ADMIN.name());
    }
    return r -> IamPolicy.ALLOWS_FULL_ADMIN.put(r, admin);
  }

  private static Detail tags(CollectionContext context, Listed listed) {
    Policy policy = listed.policy();
    List<Tag> list = new ArrayList<>();
    context.client(IamClient.class).listPolicyTagsPaginator(t -> t.policyArn(policy.arn()).maxItems(1000)).tags()
        .forEach(list::add);
    Map<String, String> tags = Attributes.tags(list, Tag::key, Tag::value);
    return r -> r.tags(tags).name(Attributes.name(tags, policy.policyName()));
  }

  /**
   * A listed policy and its default version's document, when GetAccountAuthorizationDetails gave it (else null:
   * GetPolicyVersion tells).
   */
  record Listed(Policy policy, String document) {}
}
