package io.github.awsinventory.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of {@link ArchitectureRules} over the main (non-test) classes of every module, which this module
 * has on its test class path.
 */
@AnalyzeClasses(packages = ArchitectureRules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noModuleUsesAnotherModulesInternals =
      ArchitectureRules.NO_MODULE_USES_ANOTHER_MODULES_INTERNALS;

  @ArchTest
  static final ArchRule librariesDoNotUseTheTestKit = ArchitectureRules.LIBRARIES_DO_NOT_USE_THE_TEST_KIT;

  @ArchTest
  static final ArchRule modelValuesKnowNoSdk = ArchitectureRules.MODEL_VALUES_KNOW_NO_SDK;
}
