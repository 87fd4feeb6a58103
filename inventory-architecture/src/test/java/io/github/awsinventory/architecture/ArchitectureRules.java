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
import java.util.Map;

/**
 * The rules the build enforces on the main classes of every module, as ArchUnit rules. {@link
 * ArchitectureTest} applies them to the modules; {@link ArchitectureRulesTest} shows that each one reports a
 * deliberate violation. A module is the package segment after {@code io.github.awsinventory} ({@code model},
 * {@code collector}, {@code query}, {@code lambda}, {@code cli}, {@code testkit}, {@code demo},
 * {@code examples}), except the three modules split from the model, which keep its package prefix:
 * {@code model.config} is inventory-config, {@code model.pricing} inventory-pricing, {@code model.table}
 * inventory-table.
 */
final class ArchitectureRules {

  /** The root package of every module. */
  static final String ROOT = "io.github.awsinventory";

  /** The modules split from the model: their package (below {@link #ROOT}) and their module name. */
  static final Map<String, String> MODEL_PARTS = Map.of(
      "model.config", "config", "model.pricing", "pricing", "model.table", "table");

  /** The library modules: what users put on their class path, so never the test kit. */
  static final List<String> LIBRARY_MODULES =
      List.of("model", "config", "pricing", "table", "collector", "query", "lambda", "cli");

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
      .that(resideInModule(LIBRARY_MODULES))
      .should().dependOnClassesThat().resideInAPackage(ROOT + ".testkit..")
      .because("the test kit is for tests; only inventory-demo ships it");

  /**
   * (3) inventory-model (the values, the catalogue and the types, and the helpers behind them) knows no AWS SDK:
   * the SDK comes in with the accounts config (region names), the table and the collector.
   */
  static final ArchRule MODEL_VALUES_KNOW_NO_SDK = noClasses()
      .that(resideInModule(List.of("model")))
      .should().dependOnClassesThat().resideInAPackage("software.amazon..")
      .because("the model's values and catalogue are the vocabulary every module shares, without the AWS SDK");

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
    for (Map.Entry<String, String> part : MODEL_PARTS.entrySet()) {
      if (rest.equals(part.getKey()) || rest.startsWith(part.getKey() + ".")) {
        return part.getValue();
      }
    }
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

  private static DescribedPredicate<JavaClass> resideInModule(List<String> modules) {
    return DescribedPredicate.describe("reside in " + String.join(", ", modules),
        javaClass -> modules.contains(module(javaClass.getPackageName())));
  }
}
