package io.github.awsinventory.collector.internal.broad;

import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.arns.Arn;

/**
 * Which ARNs a deep collector covers, so that the broad tier leaves them to it and each resource has one item. A
 * collector of the second SPI covers the ARNs its descriptor's {@link TypeDescriptor#arnFormat() ARN form}
 * matches ({@code <placeholders>} match any value; the partition, region and account any value without a colon,
 * and a form that leaves the region or account empty matches ARNs that fill it in: AWS names an EBS snapshot
 * {@code arn:aws:ec2:<region>::snapshot/<id>}, its Tagging API with the account);
 * one of the first SPI, which declares no ARN form, covers the ARNs whose {@link ArnTypes type} is its type.
 */
public final class DeepCoverage {

  private static final Pattern PLACEHOLDER = Pattern.compile("<[^>]*>");

  private final List<Pattern> forms;
  private final Set<ResourceType> types;

  private DeepCoverage(List<Pattern> forms, Set<ResourceType> types) {
    this.forms = forms;
    this.types = types;
  }

  /**
   * The coverage of some collectors; broad-tier collectors among them cover nothing.
   *
   * @param collectors the run's collectors
   * @return the coverage
   */
  public static DeepCoverage of(Collection<? extends ResourceCollector> collectors) {
    return of(collectors, List.of());
  }

  /**
   * The coverage of some collectors and of types that another deployment collects in depth.
   *
   * @param collectors the run's collectors
   * @param collectedElsewhere the descriptors of types collected elsewhere
   * @return the coverage
   */
  public static DeepCoverage of(Collection<? extends ResourceCollector> collectors,
      Collection<TypeDescriptor> collectedElsewhere) {
    List<Pattern> forms = new ArrayList<>();
    Set<ResourceType> types = new HashSet<>();
    for (TypeDescriptor descriptor : collectedElsewhere) {
      types.add(descriptor.type());
      forms.add(pattern(descriptor.arnFormat()));
    }
    for (ResourceCollector collector : collectors) {
      if (collector instanceof BroadCollector) {
        continue;
      }
      types.add(collector.type());
      if (collector instanceof ItemCollector<?> items) {
        forms.add(pattern(items.descriptor().arnFormat()));
      }
    }
    return new DeepCoverage(List.copyOf(forms), Set.copyOf(types));
  }

  /**
   * Whether a deep collector covers an ARN.
   *
   * @param arn the ARN as text
   * @param parsed the same ARN, parsed
   * @return true when the broad tier should leave it
   */
  boolean covers(String arn, Arn parsed) {
    for (Pattern form : forms) {
      if (form.matcher(arn).matches()) {
        return true;
      }
    }
    return ArnTypes.typeOf(parsed).map(types::contains).orElse(false);
  }

  /**
   * Whether a deep collector collects a type, for a broad item without an ARN.
   *
   * @param type the broad item's type
   * @return true when a deep collector collects it
   */
  boolean covers(ResourceType type) {
    return types.contains(type);
  }

  /** An ARN form as a pattern: its first five fields literal or any value without a colon, its resource free. */
  static Pattern pattern(String arnFormat) {
    String[] fields = arnFormat.split(":", 6);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        regex.append(':');
      }
      // a form without region or account (an EBS snapshot's) covers the ARNs that name one as well
      boolean open = (i == 3 || i == 4) && fields[i].isEmpty();
      regex.append(open ? "[^:]*" : field(fields[i], i < 5 ? "[^:]*" : ".*"));
    }
    return Pattern.compile(regex.toString());
  }

  private static String field(String field, String any) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(field);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(field.substring(at, m.start()))).append(any);
      at = m.end();
    }
    if (at < field.length()) {
      regex.append(Pattern.quote(field.substring(at)));
    }
    return regex.toString();
  }
}
