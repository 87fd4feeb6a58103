package io.github.awsinventory.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.ResourceType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/RESOURCE_TYPES.md} equal to the catalogue: each type's attribute tables are generated from its
 * {@link TypeDescriptor} between markers, and its IAM actions, scope, service and ARN form are checked. Run with
 * {@code -Dinventory.docs.update=true} to rewrite the generated parts after changing the catalogue.
 */
class ResourceTypesDocTest {

  private static final Path DOC = Path.of("..", "docs", "RESOURCE_TYPES.md");
  private static final Pattern GENERATED = Pattern.compile(
      "<!-- generated from the catalogue: attributes of ([a-z0-9_]+) -->\\n(.*?)<!-- end of generated part -->\\n",
      Pattern.DOTALL);

  @Test
  void attributeTables_areGeneratedFromTheCatalogue() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);

    StringBuilder expected = new StringBuilder();
    Matcher matcher = GENERATED.matcher(doc);
    List<String> documented = new ArrayList<>();
    while (matcher.find()) {
      TypeDescriptor descriptor = ResourceCatalog.builtIn().get(ResourceType.of(matcher.group(1)));
      documented.add(descriptor.type().name());
      matcher.appendReplacement(expected, Matcher.quoteReplacement(
          "<!-- generated from the catalogue: attributes of " + descriptor.type() + " -->\n"
          + CatalogDocs.attributeTables(descriptor) + "<!-- end of generated part -->\n"));
    }
    matcher.appendTail(expected);
    if (Boolean.getBoolean("inventory.docs.update")) {
      Files.writeString(DOC, expected.toString(), StandardCharsets.UTF_8);
    }

    assertThat(documented).as("types with generated attribute tables in %s", DOC)
        .containsExactlyElementsOf(builtInNames());
    assertThat(doc).as("%s differs from the catalogue; run the model's tests with -Dinventory.docs.update=true", DOC)
        .isEqualTo(expected.toString());
  }

  @Test
  void everyTypeSection_statesTheCataloguesIamActionsScopeAndArnForm() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);

    for (TypeDescriptor descriptor : ResourceCatalog.builtIn().descriptors()) {
      String section = section(doc, descriptor.type().name());
      String actions = descriptor.iamActions().stream().map(a -> "`" + a + "`").collect(Collectors.joining(", "));

      assertThat(section).as("IAM actions of %s", descriptor.type()).contains("| IAM actions | " + actions + " |\n");
      assertThat(section).as("scope of %s", descriptor.type())
          .contains(descriptor.isGlobal() ? "| global | yes" : "| global | no |");
      assertThat(section).as("ARN of %s", descriptor.type()).contains(descriptor.arnFormat());
      assertThat(doc).as("summary row of %s", descriptor.type()).contains("| [`" + descriptor.type() + "`](#"
          + descriptor.type() + ") | " + descriptor.service() + " | " + (descriptor.isGlobal() ? "yes" : "no") + " |");
    }
  }

  private static List<String> builtInNames() {
    return ResourceType.builtIn().stream().map(ResourceType::name).collect(Collectors.toList());
  }

  private static String section(String doc, String type) {
    int start = doc.indexOf("\n## " + type + "\n");
    assertThat(start).as("section '## %s' in %s", type, DOC).isNotNegative();
    int end = doc.indexOf("\n## ", start + 1);
    return doc.substring(start, end < 0 ? doc.length() : end);
  }
}
