package org.redress.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.complaint.Impact;
import org.redress.complaint.Priority;
import org.redress.complaint.Severity;

/** The configured assessment matrix (ISO 10002 7.5). */
class PriorityMatrixTest {

  @ParameterizedTest(name = "severity {0} with impact {1} gives {2}")
  @CsvSource({
    "LOW,      LOW,    LOW",
    "LOW,      MEDIUM, LOW",
    "LOW,      HIGH,   MEDIUM",
    "MEDIUM,   LOW,    LOW",
    "MEDIUM,   MEDIUM, MEDIUM",
    "MEDIUM,   HIGH,   HIGH",
    "HIGH,     LOW,    MEDIUM",
    "HIGH,     MEDIUM, HIGH",
    "HIGH,     HIGH,   CRITICAL",
    "CRITICAL, LOW,    HIGH",
    "CRITICAL, MEDIUM, CRITICAL",
    "CRITICAL, HIGH,   CRITICAL"
  })
  void eachCellGivesItsConfiguredPriority(Severity severity, Impact impact, Priority expected) {
    PriorityMatrix matrix = new PriorityMatrix(rules());

    assertThat(matrix.priorityFor(severity, impact, false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "severity {0}")
  @EnumSource(Severity.class)
  void aSafetyImplicationIsAlwaysCritical(Severity severity) {
    PriorityMatrix matrix = new PriorityMatrix(allCells(Priority.LOW));

    for (Impact impact : Impact.values()) {
      assertThat(matrix.priorityFor(severity, impact, true))
          .as("%s/%s with a safety implication", severity, impact)
          .isEqualTo(Priority.CRITICAL);
      assertThat(matrix.priorityFor(severity, impact, false)).isEqualTo(Priority.LOW);
    }
  }

  @Test
  void aMatrixWithAMissingCellIsRefused() {
    List<PriorityRule> rules = new ArrayList<>(rules());
    rules.removeIf(r -> r.severity() == Severity.HIGH && r.impact() == Impact.LOW);

    assertThatThrownBy(() -> new PriorityMatrix(rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The matrix has no cell for HIGH/LOW");
  }

  @Test
  void aCellWithoutAPriorityIsRefused() {
    List<PriorityRule> rules = new ArrayList<>(allCells(Priority.MEDIUM));
    rules.add(new PriorityRule(Severity.LOW, Impact.HIGH, null));

    assertThatThrownBy(() -> new PriorityMatrix(rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The matrix has no cell for LOW/HIGH");
  }

  /** A matrix where the priority rises with both severity and impact. */
  private static List<PriorityRule> rules() {
    return List.of(
        new PriorityRule(Severity.LOW, Impact.LOW, Priority.LOW),
        new PriorityRule(Severity.LOW, Impact.MEDIUM, Priority.LOW),
        new PriorityRule(Severity.LOW, Impact.HIGH, Priority.MEDIUM),
        new PriorityRule(Severity.MEDIUM, Impact.LOW, Priority.LOW),
        new PriorityRule(Severity.MEDIUM, Impact.MEDIUM, Priority.MEDIUM),
        new PriorityRule(Severity.MEDIUM, Impact.HIGH, Priority.HIGH),
        new PriorityRule(Severity.HIGH, Impact.LOW, Priority.MEDIUM),
        new PriorityRule(Severity.HIGH, Impact.MEDIUM, Priority.HIGH),
        new PriorityRule(Severity.HIGH, Impact.HIGH, Priority.CRITICAL),
        new PriorityRule(Severity.CRITICAL, Impact.LOW, Priority.HIGH),
        new PriorityRule(Severity.CRITICAL, Impact.MEDIUM, Priority.CRITICAL),
        new PriorityRule(Severity.CRITICAL, Impact.HIGH, Priority.CRITICAL));
  }

  private static List<PriorityRule> allCells(Priority priority) {
    List<PriorityRule> rules = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      for (Impact impact : Impact.values()) {
        rules.add(new PriorityRule(severity, impact, priority));
      }
    }
    return rules;
  }
}
