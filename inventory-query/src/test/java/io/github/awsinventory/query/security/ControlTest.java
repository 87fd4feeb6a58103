package io.github.awsinventory.query.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.query.QueryException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ControlTest {

  @Test
  void writesAndReadsTheStandardsNumbering() {
    assertThat(Control.cis("3.1")).hasToString("CIS 3.1");
    assertThat(Control.fsbp("CloudTrail.1")).hasToString("FSBP CloudTrail.1");
    assertThat(Control.parse("CIS 2.1.4")).isEqualTo(Control.cis("2.1.4"));
    assertThat(Control.parse("fsbp EC2.7")).isEqualTo(Control.fsbp("EC2.7"));
    assertThat(Control.parse("FSBP EC2.7").standard().title()).isEqualTo("AWS Foundational Security Best Practices");
  }

  @Test
  void refusesIdsNotNumberedAsTheStandardNumbersThem() {
    assertThatThrownBy(() -> Control.cis("EC2.7")).isInstanceOf(QueryException.class)
        .hasMessageContaining("'EC2.7'").hasMessageContaining("e.g. 3.1");
    assertThatThrownBy(() -> Control.fsbp("3.1")).hasMessageContaining("CloudTrail.1");
    assertThatThrownBy(() -> Control.parse("NIST AC-2")).hasMessageContaining("'NIST AC-2'")
        .hasMessageContaining("'CIS 3.1'");
  }

  @Test
  void sortsByStandardThenId() {
    List<Control> controls = new ArrayList<>(List.of(Control.fsbp("S3.8"), Control.cis("2.1.4"),
        Control.fsbp("S3.1")));
    Collections.sort(controls);
    assertThat(controls).containsExactly(Control.cis("2.1.4"), Control.fsbp("S3.1"), Control.fsbp("S3.8"));
  }

  @Test
  void everyBuiltInRuleNamesValidDistinctControls_andMostNameOne() {
    long withControls = SecurityRules.builtIn().stream().filter(r -> !r.controls().isEmpty()).count();
    assertThat(withControls).isGreaterThan(SecurityRules.builtIn().size() / 2);
    for (SecurityRule rule : SecurityRules.builtIn()) {
      Set<Control> distinct = new HashSet<>(rule.controls());
      assertThat(distinct).as(rule.id()).hasSameSizeAs(rule.controls());
      assertThat(rule.controls()).as(rule.id()).isSorted();
    }
  }
}
