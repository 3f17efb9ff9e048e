package org.redress.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.complaint.Priority;

/** Which service level applies: the most specific one. */
class ServiceLevelsTest {

  private static final BusinessCalendar ALWAYS =
      new BusinessCalendar(
          "Always",
          "UTC",
          EnumSet.allOf(DayOfWeek.class),
          LocalTime.MIDNIGHT,
          BusinessCalendar.END_OF_DAY,
          Map.of());
  private static final Category DELIVERY = new Category("DELIVERY", "Delivery", null);

  private static ServiceLevel rule(Category category, Priority priority, int respond) {
    return new ServiceLevel(category, priority, ALWAYS, 1, respond, respond * 2);
  }

  private static List<ServiceLevel> standard() {
    return List.of(
        rule(null, Priority.LOW, 400),
        rule(null, Priority.MEDIUM, 200),
        rule(null, Priority.HIGH, 100),
        rule(null, Priority.CRITICAL, 50));
  }

  @Test
  void theStandardRuleOfThePriorityAppliesWithoutACategoryRule() {
    ServiceLevels levels = new ServiceLevels(standard());
    assertThat(levels.ruleFor("DELIVERY", Priority.HIGH).respondHours()).isEqualTo(100);
    assertThat(levels.ruleFor(null, Priority.LOW).respondHours()).isEqualTo(400);
  }

  @Test
  void anUnassessedComplaintCountsAsMedium() {
    assertThat(new ServiceLevels(standard()).ruleFor(null, null).respondHours()).isEqualTo(200);
  }

  @Test
  void aCategoryRuleBeatsTheStandardAndACategoryAndPriorityRuleBeatsBoth() {
    List<ServiceLevel> rules = new java.util.ArrayList<>(standard());
    rules.add(rule(DELIVERY, null, 24));
    rules.add(rule(DELIVERY, Priority.CRITICAL, 4));
    ServiceLevels levels = new ServiceLevels(rules);

    assertThat(levels.ruleFor("DELIVERY", Priority.LOW).respondHours()).isEqualTo(24);
    assertThat(levels.ruleFor("DELIVERY", Priority.CRITICAL).respondHours()).isEqualTo(4);
    assertThat(levels.ruleFor("BILLING", Priority.CRITICAL).respondHours()).isEqualTo(50);
  }

  @Test
  void aPriorityWithoutAnyRuleIsRefused() {
    assertThatThrownBy(() -> new ServiceLevels(List.of(rule(null, Priority.LOW, 10))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MEDIUM");
  }

  @Test
  void targetsMustBeInOrderAndInRange() {
    assertThat(ServiceLevel.problem(8, 40, 80)).isNull();
    assertThat(ServiceLevel.problem(0, 40, 80)).isEqualTo("out-of-range");
    assertThat(ServiceLevel.problem(8, 40, ServiceLevel.MAX_HOURS + 1)).isEqualTo("out-of-range");
    assertThat(ServiceLevel.problem(48, 40, 80)).isEqualTo("acknowledge-after-respond");
    assertThat(ServiceLevel.problem(8, 90, 80)).isEqualTo("respond-after-resolve");
  }
}
