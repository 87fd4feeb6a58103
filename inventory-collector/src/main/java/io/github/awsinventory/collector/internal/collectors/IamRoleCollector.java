package io.github.awsinventory.collector.internal.collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.IamRole.ExternalTrust;
import io.github.awsinventory.model.types.IamRole;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.RoleLastUsed;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * {@code iam_role}, a global type (region {@code global}): GetAccountAuthorizationDetails with {@code Filter=Role}
 * (1000 per page) gives the trust policy, path, creation time, last use and tags of every role. No call per role.
 *
 * <p>The trust policy is read from the listing: the service and AWS principals of its {@code Allow} statements, and
 * for each AWS principal of another account (or {@code *}) whether its statement has an {@code sts:ExternalId}
 * condition. A policy that cannot be parsed leaves those three attributes unknown. A role that was never used has
 * no {@code role_last_used} (IAM tracks the last 400 days).
 */
public final class IamRoleCollector implements ItemCollector<RoleDetail> {

  private static final String SERVICE_LINKED_PATH = "/aws-service-role/";
  private static final String EXTERNAL_ID = "sts:externalid";
  private static final Pattern ACCOUNT = Pattern.compile("^(?:arn:[^:]+:iam::)?(\\d{12})(?::.*)?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public TypeDescriptor descriptor() {
    return IamRole.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<RoleDetail>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<RoleDetail> items) {
    for (RoleDetail role : context.client(IamClient.class)
        .getAccountAuthorizationDetailsPaginator(r -> r.filter(EntityType.ROLE).maxItems(1000)).roleDetailList()) {
      Map<String, String> tags = Attributes.tags(role.tags(), Tag::key, Tag::value);
      Resource.Builder r = items.add(role, role.arn(), Attributes.name(tags, role.roleName())).tags(tags);
      if (role.createDate() != null) {
        r.createdAt(role.createDate());
      }
      IamRole.ROLE_ID.put(r, role.roleId());
      IamRole.PATH.put(r, role.path());
      IamRole.SERVICE_LINKED.put(r, role.path() != null && role.path().startsWith(SERVICE_LINKED_PATH));
      IamRole.CREATION_DATE.put(r, role.createDate());
      RoleLastUsed used = role.roleLastUsed();
      if (used != null) {
        IamRole.ROLE_LAST_USED.put(r, used.lastUsedDate());
        IamRole.ROLE_LAST_USED_REGION.put(r, used.region());
      }
      try {
        trust(r, trustPolicy(role.assumeRolePolicyDocument()), context.accountId());
      } catch (IOException | IllegalArgumentException e) {
        Attributes.unknown(context, r, role.arn(), e, IamRole.TRUSTED_SERVICES.name(),
            IamRole.TRUSTED_AWS_PRINCIPALS.name(), IamRole.EXTERNAL_TRUSTS.name());
      }
    }
  }

  /** A trust policy document, URL-encoded as IAM returns it or plain. */
  static JsonNode trustPolicy(String document) throws IOException {
    if (document == null || document.isBlank()) {
      throw new IllegalArgumentException("the role has no trust policy document");
    }
    String text = document.trim().startsWith("{") ? document : URLDecoder.decode(document, StandardCharsets.UTF_8);
    return JSON.readTree(text);
  }

  /** Puts the principals of a trust policy's {@code Allow} statements. */
  static void trust(Resource.Builder r, JsonNode policy, String ownAccount) {
    TreeSet<String> services = new TreeSet<>();
    TreeSet<String> aws = new TreeSet<>();
    List<Map<String, Object>> external = new ArrayList<>();
    for (JsonNode statement : each(policy.path("Statement"))) {
      if (!"Allow".equals(statement.path("Effect").asText())) {
        continue;
      }
      boolean externalId = hasExternalId(statement.path("Condition"));
      JsonNode principal = statement.path("Principal");
      List<String> awsPrincipals = new ArrayList<>();
      if (principal.isTextual()) {
        awsPrincipals.add(principal.asText());
      } else {
        each(principal.path("Service")).forEach(s -> services.add(s.asText()));
        each(principal.path("AWS")).forEach(p -> awsPrincipals.add(p.asText()));
      }
      for (String name : awsPrincipals) {
        aws.add(name);
        String account = "*".equals(name) ? "*" : account(name);
        if (account != null && !account.equals(ownAccount)) {
          Map<String, Object> trust = new LinkedHashMap<>();
          ExternalTrust.PRINCIPAL.put(trust, name);
          ExternalTrust.TRUSTED_ACCOUNT.put(trust, account);
          ExternalTrust.EXTERNAL_ID_REQUIRED.put(trust, externalId);
          external.add(trust);
        }
      }
    }
    IamRole.TRUSTED_SERVICES.put(r, List.copyOf(services));
    IamRole.TRUSTED_AWS_PRINCIPALS.put(r, List.copyOf(aws));
    IamRole.EXTERNAL_TRUSTS.put(r, external);
  }

  /** The account of an AWS principal: an account id, or the account of an IAM ARN; null for another form. */
  static String account(String principal) {
    Matcher m = ACCOUNT.matcher(principal);
    return m.matches() ? m.group(1) : null;
  }

  private static boolean hasExternalId(JsonNode condition) {
    for (Iterator<JsonNode> operators = condition.elements(); operators.hasNext(); ) {
      for (Iterator<String> keys = operators.next().fieldNames(); keys.hasNext(); ) {
        if (EXTERNAL_ID.equals(keys.next().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A policy element that is one value or an array of them, as a list. */
  private static List<JsonNode> each(JsonNode node) {
    List<JsonNode> list = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(list::add);
    } else if (!node.isMissingNode() && !node.isNull()) {
      list.add(node);
    }
    return list;
  }
}
