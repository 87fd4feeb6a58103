package io.github.awsinventory.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.awsinventory.model.config.ConfigProblem.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigProblemsTest {

  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private final ConfigProblems problems = new ConfigProblems();

  @Test
  void throwIfErrors_listsEveryErrorInOrder_andLeavesWarningsOut() {
    problems.error("$.size", "-1", "size must be >= 0", "write 0 or more");
    problems.warn("$.colour", null, "unknown key, ignored", "remove it");
    problems.error("$.name", null, "name is missing", "add a name");

    ConfigurationException e = catchThrowableOfType(() -> problems.throwIfErrors("sizes.json"),
        ConfigurationException.class);

    assertThat(e).hasMessage("sizes.json has 2 errors:\n"
        + "  - $.size: size must be >= 0 (was -1); write 0 or more\n"
        + "  - $.name: name is missing; add a name");
    assertThat(e.problems()).extracting(ConfigProblem::path).containsExactly("$.size", "$.name");
    assertThat(problems.warnings()).singleElement().satisfies(w -> {
      assertThat(w.severity()).isEqualTo(Severity.WARNING);
      assertThat(w.path()).isEqualTo("$.colour");
    });
  }

  @Test
  void throwIfErrors_withWarningsOnly_returns() {
    problems.warn("$.colour", null, "unknown key, ignored", "remove it");

    problems.throwIfErrors("sizes.json");

    assertThat(problems.hasErrors()).isFalse();
    assertThat(problems.errors()).isEmpty();
    assertThat(problems.warnings()).hasSize(1);
  }

  @Test
  void errors_isACopy_thatLaterErrorsDoNotChange() {
    problems.error("$.a", null, "first", "fix a");

    var before = problems.errors();
    problems.error("$.b", null, "second", "fix b");

    assertThat(before).hasSize(1);
    assertThat(problems.errors()).hasSize(2);
    assertThat(problems.hasErrors()).isTrue();
  }

  @Test
  void readTree_invalidJson_recordsOneErrorWithLineAndColumn() {
    Optional<JsonNode> root = problems.readTree(STRICT, "{\n  \"a\": 1,\n  \"a\": 2\n}", "write an object");

    assertThat(root).isEmpty();
    assertThat(problems.errors()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).startsWith("the file is not valid JSON at line 3, column ")
          .contains("Duplicate field 'a'");
      assertThat(p.fix()).isEqualTo("fix the JSON syntax (duplicate keys are not allowed)");
    });
  }

  @Test
  void readTree_emptyText_recordsTheGivenFix() {
    Optional<JsonNode> root = problems.readTree(STRICT, "  ", "write an object");

    assertThat(root).isEmpty();
    assertThat(problems.errors()).extracting(ConfigProblem::toString)
        .containsExactly("$: the file is empty; write an object");
  }

  @Test
  void readTree_validJson_returnsTheTreeAndRecordsNothing() {
    Optional<JsonNode> root = problems.readTree(STRICT, "[1, 2]", "write an object");

    assertThat(root).map(JsonNode::size).contains(2);
    assertThat(problems.hasErrors()).isFalse();
  }

  @Test
  void kind_namesEachKindOfJsonValue() throws Exception {
    JsonNode values = STRICT.readTree("[{}, [], \"s\", 1.5, true, null]");

    assertThat(values).extracting(ConfigProblems::kind)
        .containsExactly("an object", "a list", "a string", "a number", "a boolean", "null");
  }
}
