package io.github.awsinventory.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} can fail: applied to the deliberate violations in this module's test
 * sources (the {@code fixture} packages), it reports them and nothing else; and the classes {@link
 * ArchitectureTest} checks are the main classes of every module.
 */
class ArchitectureRulesTest {

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importTheModules() {
    mainClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ArchitectureRules.ROOT);
  }

  @Test
  void mainClasses_ofEveryModuleAreChecked_andNoTestClasses() {
    List<String> modules = mainClasses.stream().map(c -> ArchitectureRules.module(c.getPackageName())).distinct()
        .sorted().collect(Collectors.toList());

    assertThat(modules).containsExactly("cli", "collector", "demo", "examples", "lambda", "model", "query",
        "testkit");
    assertThat(mainClasses.contain("io.github.awsinventory.cli.InventoryCli")).isTrue();
    assertThat(mainClasses.contain("io.github.awsinventory.demo.internal.DemoCommandProvider")).isTrue();
    assertThat(mainClasses.contain(ArchitectureRulesTest.class)).as("this test").isFalse();
    assertThat(mainClasses.contain("io.github.awsinventory.cli.fixture.UsesQueryInternals")).as("a fixture")
        .isFalse();
    assertThat(mainClasses.contain("io.github.awsinventory.cli.ReadmeTest")).as("another module's test")
        .isFalse();
  }

  @Test
  void internalsRule_reportsAModuleImportingAnotherModulesInternals_andAllowsItsOwn() {
    JavaClasses fixtures = fixtures("io.github.awsinventory.cli.fixture");

    EvaluationResult result = ArchitectureRules.NO_MODULE_USES_ANOTHER_MODULES_INTERNALS.evaluate(fixtures);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).singleElement().asString()
        .contains("cli uses query's internals", "UsesQueryInternals.tokens", "query.internal.PageTokens");
    assertThatThrownBy(() -> ArchitectureRules.NO_MODULE_USES_ANOTHER_MODULES_INTERNALS.check(fixtures))
        .isInstanceOf(AssertionError.class).hasMessageContaining("UsesQueryInternals");
  }

  @Test
  void testKitRule_reportsALibraryUsingTheTestKit() {
    JavaClasses fixtures = fixtures("io.github.awsinventory.collector.fixture");

    EvaluationResult result = ArchitectureRules.LIBRARIES_DO_NOT_USE_THE_TEST_KIT.evaluate(fixtures);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).singleElement().asString()
        .contains("UsesTheTestKit.moto", "io.github.awsinventory.testkit.MotoServer");
  }

  @Test
  void sdkRule_reportsAModelValueUsingTheSdk_butNotTheExemptTablePackage() {
    JavaClasses fixtures = fixtures("io.github.awsinventory.model.pricing.fixture",
        "io.github.awsinventory.model.table.fixture");

    EvaluationResult result = ArchitectureRules.MODEL_VALUES_KNOW_NO_SDK.evaluate(fixtures);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).singleElement().asString()
        .contains("PricedByRegion.region", "software.amazon.awssdk.regions.Region");
  }

  @Test
  void sdkExemptions_areEachStillNeeded() {
    for (String exempt : ArchitectureRules.SDK_EXEMPT_MODEL_CLASSES) {
      assertThat(mainClasses.contain(exempt)).as("%s exists; remove its exemption if it moved", exempt).isTrue();
      JavaClass javaClass = mainClasses.get(exempt);
      assertThat(javaClass.getDirectDependenciesFromSelf())
          .as("%s still uses the AWS SDK; once it does not, remove its exemption", exempt)
          .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("software.amazon."));
    }
    assertThat(mainClasses.stream().filter(c -> c.getPackageName().startsWith("io.github.awsinventory.model.table"))
        .anyMatch(c -> c.getDirectDependenciesFromSelf().stream()
            .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("software.amazon."))))
        .as("model.table still uses the AWS SDK; once it does not (or has moved), remove its exemption").isTrue();
  }

  private static JavaClasses fixtures(String... packages) {
    JavaClasses fixtures = new ClassFileImporter().importPackages(packages);
    assertThat(fixtures).as("fixture classes in %s", List.of(packages)).isNotEmpty();
    return fixtures;
  }
}
