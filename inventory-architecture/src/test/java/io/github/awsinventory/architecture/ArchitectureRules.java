package io.github.awsinventory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The rules the build enforces on the main classes of every module, as ArchUnit rules. {@link
 * ArchitectureTest} applies them to the modules; {@link ArchitectureRulesTest} shows that each one reports a
 * deliberate violation. A module is the package segment after {@code io.github.awsinventory}: {@code model},
 * {@code collector}, {@code query}, {@code lambda}, {@code cli}, {@code testkit}, {@code demo},
 * {@code examples}.
 */
final class ArchitectureRules {

  /** The root package of every module. */
  static final String ROOT = "io.github.awsinventory";

  /** The library modules: what users put on their class path, so never the test kit. */
  static final List<String> LIBRARY_MODULES = List.of("model", "collector", "query", "lambda", "cli");

  /**
   * Where inventory-model still depends on the AWS SDK: the DynamoDB table (layout, stores, run records on the
   * enhanced client) and the internal classes the table and the configuration's region check need. The model
   * split (values + catalogue / accounts config / pricing / the DynamoDB table) moves them out of the model, and
   * then these exemptions go; {@link ArchitectureRulesTest} fails on an exemption that is no longer needed.
   */
  static final List<String> SDK_EXEMPT_MODEL_PACKAGES = List.of(ROOT + ".model.table..");

  /** The model's internal classes that still depend on the AWS SDK; see {@link #SDK_EXEMPT_MODEL_PACKAGES}. */
  static final List<String> SDK_EXEMPT_MODEL_CLASSES = List.of(
      ROOT + ".model.internal.ItemSize",          // DynamoDB item sizes, for the table's writes
      ROOT + ".model.internal.JsonMapConverter",  // an enhanced-client AttributeConverter
      ROOT + ".model.internal.ConfigParser");     // validates region names with software.amazon.awssdk.regions.Region

  /**
   * (1) A module uses another module's public API only: no class imports a package of another module whose
   * name has an {@code internal} segment ({@code io.github.awsinventory.query.internal..}). Its own internal
   * packages are its own business.
   */
  static final ArchRule NO_MODULE_USES_ANOTHER_MODULES_INTERNALS = classes()
      .that().resideInAPackage(ROOT + "..")
      .should(notUseAnotherModulesInternals())
      .because("nothing in an internal package is promised to other modules; use (or add) public API instead");

  /**
   * (2) The library modules' main code never uses the test kit (its emulator launcher and fault injection):
   * tests do, and the demo, which is a module of its own.
   */
  static final ArchRule LIBRARIES_DO_NOT_USE_THE_TEST_KIT = noClasses()
      .that().resideInAnyPackage(LIBRARY_MODULES.stream().map(m -> ROOT + "." + m + "..").toArray(String[]::new))
      .should().dependOnClassesThat().resideInAPackage(ROOT + ".testkit..")
      .because("the test kit is for tests; only inventory-demo ships it");

  /**
   * (3) inventory-model's values, catalogue, types, pricing and configuration, and the internal classes behind
   * them, know no AWS SDK — except the exemptions above, which the model split removes.
   */
  static final ArchRule MODEL_VALUES_KNOW_NO_SDK = noClasses()
      .that().resideInAPackage(ROOT + ".model..")
      .and().resideOutsideOfPackages(SDK_EXEMPT_MODEL_PACKAGES.toArray(String[]::new))
      .and(notOneOf(SDK_EXEMPT_MODEL_CLASSES))
      .should().dependOnClassesThat().resideInAPackage("software.amazon..")
      .because("the model's values and catalogue are the vocabulary every module shares, without the AWS SDK "
          + "(the exempt DynamoDB table classes leave inventory-model in the model split)");

  private ArchitectureRules() {}

  /**
   * The module a package belongs to.
   *
   * @param packageName e.g. {@code io.github.awsinventory.query.internal.security}
   * @return e.g. {@code query}; empty for a package outside {@link #ROOT}
   */
  static String module(String packageName) {
    if (!packageName.startsWith(ROOT + ".")) {
      return "";
    }
    String rest = packageName.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /**
   * Whether a package is internal to its module: one of ours with an {@code internal} segment.
   *
   * @param packageName a package
   * @return true for e.g. {@code io.github.awsinventory.collector.internal.collectors}
   */
  static boolean isInternal(String packageName) {
    return !module(packageName).isEmpty() && List.of(packageName.split("\\.")).contains("internal");
  }

  private static ArchCondition<JavaClass> notUseAnotherModulesInternals() {
    return new ArchCondition<>("not use another module's internal packages") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String module = module(item.getPackageName());
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
          if (isInternal(target) && !module(target).equals(module)) {
            events.add(SimpleConditionEvent.violated(dependency, module + " uses " + module(target)
                + "'s internals: " + dependency.getDescription()));
          }
        }
      }
    };
  }

  private static DescribedPredicate<JavaClass> notOneOf(List<String> exemptClasses) {
    return DescribedPredicate.describe("are not exempt (" + String.join(", ", exemptClasses) + ")",
        javaClass -> exemptClasses.stream().noneMatch(exempt -> javaClass.getName().equals(exempt)
            || javaClass.getName().startsWith(exempt + "$")));
  }
}
