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

    assertThat(modules).containsExactly("cli", "collector", "config", "demo", "examples", "lambda", "model",
        "pricing", "query", "table", "testkit");
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
  void internalsRule_tellsTheModulesSplitFromTheModelApart() {
    JavaClasses fixtures = fixtures("io.github.awsinventory.model.pricing.fixture");

    EvaluationResult result = ArchitectureRules.NO_MODULE_USES_ANOTHER_MODULES_INTERNALS.evaluate(fixtures);

    assertThat(result.getFailureReport().getDetails()).singleElement().asString()
        .contains("pricing uses config's internals", "UsesConfigInternals.parser");
  }

  @Test
  void sdkRule_reportsAModelClassUsingTheSdk_butNotTheTableModule() {
    JavaClasses fixtures = fixtures("io.github.awsinventory.model.types.fixture",
        "io.github.awsinventory.model.table.fixture");

    EvaluationResult result = ArchitectureRules.MODEL_VALUES_KNOW_NO_SDK.evaluate(fixtures);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).singleElement().asString()
        .contains("ScopedByRegion.region", "software.amazon.awssdk.regions.Region");
  }

  @Test
  void moduleNames_followTheMavenModules() {
    assertThat(ArchitectureRules.module("io.github.awsinventory.model")).isEqualTo("model");
    assertThat(ArchitectureRules.module("io.github.awsinventory.model.types")).isEqualTo("model");
    assertThat(ArchitectureRules.module("io.github.awsinventory.model.config.internal")).isEqualTo("config");
    assertThat(ArchitectureRules.module("io.github.awsinventory.model.tables")).isEqualTo("model");
    assertThat(ArchitectureRules.module("io.github.awsinventory.model.table.internal")).isEqualTo("table");
    assertThat(ArchitectureRules.module("io.github.awsinventory.query.internal.security")).isEqualTo("query");
    assertThat(ArchitectureRules.module("org.example")).isEmpty();
  }

  private static JavaClasses fixtures(String... packages) {
    JavaClasses fixtures = new ClassFileImporter().importPackages(packages);
    assertThat(fixtures).as("fixture classes in %s", List.of(packages)).isNotEmpty();
    return fixtures;
  }
}
