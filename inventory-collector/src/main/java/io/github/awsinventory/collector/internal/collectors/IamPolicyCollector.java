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
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * {@code iam_policy}, a global type (region {@code global}): customer managed policies only — ListPolicies with
 * {@code Scope=Local} (1000 per page) gives the attachment counts and dates; then two detail steps per policy,
 * GetPolicyVersion of the default version (whether it allows {@code *} on {@code *}) and ListPolicyTags.
 *
 * <p>When GetPolicyVersion fails or its document cannot be parsed, {@code allows_full_admin} is unknown; a policy
 * deleted since the listing is dropped.
 */
public final class IamPolicyCollector implements ItemCollector<Policy> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<DetailStep<Policy>> DETAILS = List.of(
      DetailStep.of("GetPolicyVersion", IamPolicyCollector::document, IamPolicy.ALLOWS_FULL_ADMIN),
      DetailStep.tags("ListPolicyTags", IamPolicyCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return IamPolicy.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Policy>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Policy> items) {
    for (Policy policy : context.client(IamClient.class)
        .listPoliciesPaginator(r -> r.scope(PolicyScopeType.LOCAL).maxItems(1000)).policies()) {
      Resource.Builder r = items.add(policy, policy.arn(), policy.policyName());
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

  private static Detail document(CollectionContext context, Policy policy) {
    String document;
    try {
      document = context.client(IamClient.class).getPolicyVersion(v -> v.policyArn(policy.arn())
          .versionId(policy.defaultVersionId())).policyVersion().document();
    } catch (NoSuchEntityException e) {
      return Detail.VANISHED;
    }
    boolean admin;
    try {
      admin = allowsFullAdmin(document == null ? "" : document);
    } catch (IOException e) {
      return r -> Attributes.unknown(context, r, policy.arn(), e, IamPolicy.ALLOWS_FULL_ADMIN.name());
    }
    return r -> IamPolicy.ALLOWS_FULL_ADMIN.put(r, admin);
  }

  private static Detail tags(CollectionContext context, Policy policy) {
    List<Tag> list = new ArrayList<>();
    context.client(IamClient.class).listPolicyTagsPaginator(t -> t.policyArn(policy.arn()).maxItems(1000)).tags()
        .forEach(list::add);
    Map<String, String> tags = Attributes.tags(list, Tag::key, Tag::value);
    return r -> r.tags(tags).name(Attributes.name(tags, policy.policyName()));
  }
}
