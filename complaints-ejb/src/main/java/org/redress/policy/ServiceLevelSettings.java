package org.redress.policy;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.redress.complaint.Priority;

/**
 * The time limits as the administration shows them: the business calendars, the service-level
 * rules, who gets escalations, and where staff get their alerts.
 */
public record ServiceLevelSettings(
    List<CalendarView> calendars,
    List<RuleView> rules,
    EscalationContacts escalation,
    List<StaffContactView> staff)
    implements Serializable {

  /**
   * A business calendar.
   *
   * @param dayStart the start of the working day, HH:mm
   * @param dayEnd the end of the working day, HH:mm, 24:00 for midnight
   * @param rules how many service levels count in it (it cannot be removed while any do)
   */
  public record CalendarView(
      long id,
      String name,
      String timeZone,
      List<DayOfWeek> workingDays,
      String dayStart,
      String dayEnd,
      List<Holiday> holidays,
      long version,
      int rules)
      implements Serializable {}

  /** A day off in a calendar. */
  public record Holiday(LocalDate date, String name) implements Serializable {}

  /**
   * A service-level rule.
   *
   * @param category the category code, {@code null} for every category
   * @param priority {@code null} for every priority
   * @param standard a standard rule (every category, one priority), which cannot be removed
   */
  public record RuleView(
      String scope,
      String category,
      Priority priority,
      long calendarId,
      String calendar,
      int acknowledgeHours,
      int respondHours,
      int resolveHours,
      boolean standard)
      implements Serializable {}

  /** Who is told of escalations, and how long the manager has before the officer is. */
  public record EscalationContacts(String managerEmail, String officerEmail, int officerAfterHours)
      implements Serializable {}

  /** Where one member of staff gets alerts. */
  public record StaffContactView(String userName, String displayName, String email, String language)
      implements Serializable {}
}
