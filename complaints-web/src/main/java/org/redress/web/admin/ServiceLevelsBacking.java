package org.redress.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redress.complaint.Priority;
import org.redress.platform.BusinessException;
import org.redress.platform.InvalidInputException;
import org.redress.policy.ChangeEscalationContacts;
import org.redress.policy.Policies;
import org.redress.policy.PolicySettings;
import org.redress.policy.SaveCalendar;
import org.redress.policy.SaveServiceLevel;
import org.redress.policy.SaveStaffContact;
import org.redress.policy.ServiceLevelAdministration;
import org.redress.policy.ServiceLevelSettings;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/admin/service-levels.xhtml}: the service-level rules, the business calendars
 * they count in, who is told of escalations, and the staff's alert addresses.
 */
@Named
@ViewScoped
public class ServiceLevelsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient ServiceLevelAdministration administration;

  @EJB transient Policies policies;

  private ServiceLevelSettings settings;
  private List<PolicySettings.CategoryView> categories;

  private String ruleCategory;
  private Priority rulePriority;
  private Long ruleCalendar;
  private Integer acknowledgeHours;
  private Integer respondHours;
  private Integer resolveHours;

  private Long calendarId;
  private String calendarName;
  private String timeZone = "UTC";
  private List<String> workingDays = weekdays();
  private String dayStart = "09:00";
  private String dayEnd = "17:00";
  private String holidays;

  private String managerEmail;
  private String officerEmail;
  private Integer officerAfterHours;

  private String staffUser;
  private String staffName;
  private String staffEmail;
  private String staffLanguage = "en";

  @PostConstruct
  void init() {
    categories = policies.categoryViews();
    show(administration.settings());
  }

  public void saveRule() {
    try {
      show(
          administration.saveRule(
              new SaveServiceLevel(
                  ruleCategory,
                  rulePriority,
                  ruleCalendar,
                  acknowledgeHours,
                  respondHours,
                  resolveHours)));
      FormErrors.info("sla.ruleSaved");
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "rule",
          Map.of(
              "category", "category",
              "calendarId", "calendar",
              "acknowledgeHours", "acknowledgeHours",
              "respondHours", "respondHours",
              "resolveHours", "resolveHours"));
    }
  }

  public void editRule(ServiceLevelSettings.RuleView rule) {
    ruleCategory = rule.category();
    rulePriority = rule.priority();
    ruleCalendar = rule.calendarId();
    acknowledgeHours = rule.acknowledgeHours();
    respondHours = rule.respondHours();
    resolveHours = rule.resolveHours();
  }

  public void removeRule(ServiceLevelSettings.RuleView rule) {
    try {
      show(administration.removeRule(rule.scope()));
      FormErrors.info("sla.ruleRemoved");
    } catch (BusinessException refused) {
      FormErrors.show(refused, "rules", Map.of());
    }
  }

  public void saveCalendar() {
    List<ServiceLevelSettings.Holiday> days;
    try {
      days = parseHolidays(holidays);
    } catch (InvalidInputException invalid) {
      FormErrors.show(invalid, "calendar", Map.of("holidays", "holidays"));
      return;
    }
    try {
      show(
          administration.saveCalendar(
              calendarId,
              new SaveCalendar(
                  calendarName,
                  timeZone,
                  workingDays.stream().map(DayOfWeek::valueOf).toList(),
                  dayStart,
                  dayEnd,
                  days)));
      FormErrors.info("sla.calendarSaved", calendarName);
      newCalendar();
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "calendar",
          Map.of(
              "name", "name",
              "timeZone", "timeZone",
              "workingDays", "workingDays",
              "dayStart", "dayStart",
              "dayEnd", "dayEnd",
              "holidays", "holidays"));
    }
  }

  public void editCalendar(ServiceLevelSettings.CalendarView calendar) {
    calendarId = calendar.id();
    calendarName = calendar.name();
    timeZone = calendar.timeZone();
    workingDays = calendar.workingDays().stream().map(DayOfWeek::name).collect(Collectors.toList());
    dayStart = calendar.dayStart();
    dayEnd = calendar.dayEnd();
    holidays =
        calendar.holidays().stream()
            .map(h -> h.date() + " " + h.name())
            .collect(Collectors.joining("\n"));
  }

  public void newCalendar() {
    calendarId = null;
    calendarName = null;
    timeZone = "UTC";
    workingDays = weekdays();
    dayStart = "09:00";
    dayEnd = "17:00";
    holidays = null;
  }

  public void removeCalendar(ServiceLevelSettings.CalendarView calendar) {
    try {
      show(administration.removeCalendar(calendar.id()));
      FormErrors.info("sla.calendarRemoved", calendar.name());
    } catch (BusinessException refused) {
      FormErrors.show(refused, "calendars", Map.of());
    }
  }

  public void saveEscalation() {
    try {
      show(
          administration.changeEscalation(
              new ChangeEscalationContacts(managerEmail, officerEmail, officerAfterHours)));
      FormErrors.info("admin.saved");
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "escalation",
          Map.of(
              "managerEmail", "managerEmail",
              "officerEmail", "officerEmail",
              "officerAfterHours", "officerAfterHours"));
    }
  }

  public void saveStaff() {
    try {
      show(
          administration.saveStaffContact(
              new SaveStaffContact(staffUser, staffName, staffEmail, staffLanguage)));
      FormErrors.info("sla.staffSaved", staffUser);
      staffUser = null;
      staffName = null;
      staffEmail = null;
      staffLanguage = "en";
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "staff",
          Map.of(
              "userName", "userName",
              "displayName", "displayName",
              "email", "email",
              "language", "language"));
    }
  }

  public void editStaff(ServiceLevelSettings.StaffContactView contact) {
    staffUser = contact.userName();
    staffName = contact.displayName();
    staffEmail = contact.email();
    staffLanguage = contact.language();
  }

  public void removeStaff(ServiceLevelSettings.StaffContactView contact) {
    try {
      show(administration.removeStaffContact(contact.userName()));
      FormErrors.info("sla.staffRemoved", contact.userName());
    } catch (BusinessException refused) {
      FormErrors.show(refused, "staffList", Map.of());
    }
  }

  private static List<String> weekdays() {
    return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
        .map(DayOfWeek::name)
        .collect(Collectors.toList());
  }

  /** One holiday per line: a date (YYYY-MM-DD), then its name. */
  static List<ServiceLevelSettings.Holiday> parseHolidays(String text) {
    List<ServiceLevelSettings.Holiday> days = new ArrayList<>();
    if (text == null) {
      return days;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      try {
        days.add(
            new ServiceLevelSettings.Holiday(
                LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : parts[0]));
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            "holidays", org.redress.platform.Messages.text("sla.holidayLine", i + 1, parts[0]));
      }
    }
    return days;
  }

  private void show(ServiceLevelSettings shown) {
    settings = shown;
    managerEmail = shown.escalation().managerEmail();
    officerEmail = shown.escalation().officerEmail();
    officerAfterHours = shown.escalation().officerAfterHours();
    if (ruleCalendar == null && !shown.calendars().isEmpty()) {
      ruleCalendar = shown.calendars().get(0).id();
    }
  }

  public ServiceLevelSettings getSettings() {
    return settings;
  }

  public List<PolicySettings.CategoryView> getCategories() {
    return categories;
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public DayOfWeek[] getDays() {
    return DayOfWeek.values();
  }

  public String getRuleCategory() {
    return ruleCategory;
  }

  public void setRuleCategory(String ruleCategory) {
    this.ruleCategory = ruleCategory;
  }

  public Priority getRulePriority() {
    return rulePriority;
  }

  public void setRulePriority(Priority rulePriority) {
    this.rulePriority = rulePriority;
  }

  public Long getRuleCalendar() {
    return ruleCalendar;
  }

  public void setRuleCalendar(Long ruleCalendar) {
    this.ruleCalendar = ruleCalendar;
  }

  public Integer getAcknowledgeHours() {
    return acknowledgeHours;
  }

  public void setAcknowledgeHours(Integer acknowledgeHours) {
    this.acknowledgeHours = acknowledgeHours;
  }

  public Integer getRespondHours() {
    return respondHours;
  }

  public void setRespondHours(Integer respondHours) {
    this.respondHours = respondHours;
  }

  public Integer getResolveHours() {
    return resolveHours;
  }

  public void setResolveHours(Integer resolveHours) {
    this.resolveHours = resolveHours;
  }

  public Long getCalendarId() {
    return calendarId;
  }

  public String getCalendarName() {
    return calendarName;
  }

  public void setCalendarName(String calendarName) {
    this.calendarName = calendarName;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public List<String> getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(List<String> workingDays) {
    this.workingDays = workingDays;
  }

  public String getDayStart() {
    return dayStart;
  }

  public void setDayStart(String dayStart) {
    this.dayStart = dayStart;
  }

  public String getDayEnd() {
    return dayEnd;
  }

  public void setDayEnd(String dayEnd) {
    this.dayEnd = dayEnd;
  }

  public String getHolidays() {
    return holidays;
  }

  public void setHolidays(String holidays) {
    this.holidays = holidays;
  }

  public String getManagerEmail() {
    return managerEmail;
  }

  public void setManagerEmail(String managerEmail) {
    this.managerEmail = managerEmail;
  }

  public String getOfficerEmail() {
    return officerEmail;
  }

  public void setOfficerEmail(String officerEmail) {
    this.officerEmail = officerEmail;
  }

  public Integer getOfficerAfterHours() {
    return officerAfterHours;
  }

  public void setOfficerAfterHours(Integer officerAfterHours) {
    this.officerAfterHours = officerAfterHours;
  }

  public String getStaffUser() {
    return staffUser;
  }

  public void setStaffUser(String staffUser) {
    this.staffUser = staffUser;
  }

  public String getStaffName() {
    return staffName;
  }

  public void setStaffName(String staffName) {
    this.staffName = staffName;
  }

  public String getStaffEmail() {
    return staffEmail;
  }

  public void setStaffEmail(String staffEmail) {
    this.staffEmail = staffEmail;
  }

  public String getStaffLanguage() {
    return staffLanguage;
  }

  public void setStaffLanguage(String staffLanguage) {
    this.staffLanguage = staffLanguage;
  }
}
