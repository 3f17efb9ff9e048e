package org.redress.policy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.redress.audit.AuditTrail;
import org.redress.platform.FieldError;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.security.Roles;

/**
 * Changes to the time limits: business calendars, service-level rules per category and priority,
 * the escalation contacts, and the staff's alert addresses. Every change is in the audit trail. A
 * change applies to complaints received, reassessed, escalated or reopened from then on; running
 * deadlines keep the value they were given.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MANAGER})
public class ServiceLevelAdministration {

  @PersistenceContext EntityManager em;

  @Inject InputValidator validator;

  @EJB Policies policies;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  public ServiceLevelSettings settings() {
    List<ServiceLevel> rules =
        em.createNamedQuery("ServiceLevel.findAll", ServiceLevel.class).getResultList();
    List<ServiceLevelSettings.CalendarView> calendars =
        em
            .createNamedQuery("BusinessCalendar.findAll", BusinessCalendar.class)
            .getResultList()
            .stream()
            .map(c -> view(c, (int) rules.stream().filter(r -> r.calendar().equals(c)).count()))
            .toList();
    HandlingPolicy policy = policies.handlingPolicy();
    return new ServiceLevelSettings(
        calendars,
        rules.stream()
            .sorted(
                Comparator.comparing(
                        (ServiceLevel r) -> r.category() == null ? "" : r.category().code())
                    .thenComparing(r -> r.priority() == null ? -1 : r.priority().ordinal()))
            .map(ServiceLevelAdministration::view)
            .toList(),
        new ServiceLevelSettings.EscalationContacts(
            policy.managerEmail(), policy.officerEmail(), policy.officerAfterHours()),
        em.createNamedQuery("StaffContact.findAll", StaffContact.class).getResultList().stream()
            .map(
                s ->
                    new ServiceLevelSettings.StaffContactView(
                        s.userName(), s.displayName(), s.email(), s.language()))
            .toList());
  }

  /** Creates a calendar ({@code id} null) or replaces one. */
  public ServiceLevelSettings saveCalendar(Long id, SaveCalendar input) {
    validator.check(input);
    List<FieldError> errors = new ArrayList<>();
    try {
      ZoneId.of(input.timeZone().strip());
    } catch (DateTimeException e) {
      errors.add(new FieldError("timeZone", Messages.text("sla.timeZone")));
    }
    LocalTime start = LocalTime.parse(input.dayStart());
    int end = minutes(input.dayEnd());
    if (end <= start.getHour() * 60 + start.getMinute()) {
      errors.add(new FieldError("dayEnd", Messages.text("sla.dayEnd")));
    }
    Map<LocalDate, String> holidays = new TreeMap<>();
    List<ServiceLevelSettings.Holiday> given =
        input.holidays() == null ? List.of() : input.holidays();
    for (int i = 0; i < given.size(); i++) {
      ServiceLevelSettings.Holiday h = given.get(i);
      if (h.date() == null) {
        errors.add(
            new FieldError("holidays[" + i + "].date", Messages.text("field.reasonRequired")));
      } else if (holidays.put(h.date(), blankTo(h.name(), h.date().toString())) != null) {
        errors.add(
            new FieldError(
                "holidays[" + i + "].date", Messages.text("sla.holidayTwice", h.date())));
      }
    }
    String name = input.name().strip();
    List<BusinessCalendar> sameName =
        em.createQuery(
                "SELECT c FROM BusinessCalendar c WHERE c.name = :name", BusinessCalendar.class)
            .setParameter("name", name)
            .getResultList();
    if (sameName.stream().anyMatch(c -> !c.id().equals(id))) {
      errors.add(new FieldError("name", Messages.text("sla.calendarName")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    EnumSet<DayOfWeek> days = EnumSet.copyOf(input.workingDays());
    Map<String, Object> before = new LinkedHashMap<>();
    BusinessCalendar calendar;
    if (id == null) {
      calendar = new BusinessCalendar(name, input.timeZone().strip(), days, start, end, holidays);
      em.persist(calendar);
    } else {
      calendar = calendar(id, "id");
      before.putAll(state(calendar));
      calendar.change(name, input.timeZone().strip(), days, start, end, holidays);
    }
    em.flush();
    audit.recordChange(
        "BusinessCalendar",
        name,
        id == null ? "CREATE" : "CHANGE",
        actor(),
        before,
        state(calendar));
    return settings();
  }

  /** Removes a calendar no service level counts in. */
  public ServiceLevelSettings removeCalendar(long id) {
    BusinessCalendar calendar = calendar(id, "id");
    long used =
        em.createQuery("SELECT COUNT(s) FROM ServiceLevel s WHERE s.calendar = :c", Long.class)
            .setParameter("c", calendar)
            .getSingleResult();
    if (used > 0) {
      throw new InvalidInputException("calendar", Messages.text("sla.calendarInUse", used));
    }
    Map<String, Object> before = state(calendar);
    em.remove(calendar);
    em.flush();
    audit.recordChange("BusinessCalendar", calendar.name(), "REMOVE", actor(), before, Map.of());
    return settings();
  }

  /** Creates or changes the rule for a category (or all) and a priority (or all). */
  public ServiceLevelSettings saveRule(SaveServiceLevel input) {
    validator.check(input);
    String problem =
        ServiceLevel.problem(input.acknowledgeHours(), input.respondHours(), input.resolveHours());
    if (problem != null) {
      String field =
          switch (problem) {
            case "acknowledge-after-respond" -> "acknowledgeHours";
            case "respond-after-resolve" -> "respondHours";
            default -> "resolveHours";
          };
      throw new InvalidInputException(field, Messages.text("sla." + problem));
    }
    Category category =
        input.category() == null || input.category().isBlank()
            ? null
            : policies.category(input.category(), "category");
    BusinessCalendar calendar = calendar(input.calendarId(), "calendarId");
    String key = ServiceLevel.scopeKey(category, input.priority());
    ServiceLevel rule = rule(key);
    Map<String, Object> before = new LinkedHashMap<>();
    if (rule == null) {
      rule =
          new ServiceLevel(
              category,
              input.priority(),
              calendar,
              input.acknowledgeHours(),
              input.respondHours(),
              input.resolveHours());
      em.persist(rule);
    } else {
      before.putAll(state(rule));
      rule.change(calendar, input.acknowledgeHours(), input.respondHours(), input.resolveHours());
    }
    em.flush();
    audit.recordChange(
        "ServiceLevel", key, before.isEmpty() ? "CREATE" : "CHANGE", actor(), before, state(rule));
    return settings();
  }

  /** Removes a rule; the standard rule of a priority stays. */
  public ServiceLevelSettings removeRule(String scope) {
    ServiceLevel rule = rule(scope);
    if (rule == null) {
      throw new RecordNotFoundException("ServiceLevel", scope);
    }
    if (rule.isStandard()) {
      throw new InvalidInputException("scope", Messages.text("sla.standardRule"));
    }
    Map<String, Object> before = state(rule);
    em.remove(rule);
    em.flush();
    audit.recordChange("ServiceLevel", scope, "REMOVE", actor(), before, Map.of());
    return settings();
  }

  public ServiceLevelSettings changeEscalation(ChangeEscalationContacts input) {
    validator.check(input);
    HandlingPolicy policy = policies.handlingPolicy();
    Map<String, Object> before = escalationState(policy);
    policy.changeEscalation(
        blankTo(input.managerEmail(), null),
        blankTo(input.officerEmail(), null),
        input.officerAfterHours());
    em.flush();
    audit.recordChange(
        "HandlingPolicy", "escalation", "CHANGE", actor(), before, escalationState(policy));
    return settings();
  }

  /** Creates or changes where a member of staff gets alerts. */
  public ServiceLevelSettings saveStaffContact(SaveStaffContact input) {
    validator.check(input);
    String user = input.userName().strip();
    String language = input.language() == null ? "en" : input.language();
    StaffContact contact = em.find(StaffContact.class, user);
    Map<String, Object> before = new LinkedHashMap<>();
    if (contact == null) {
      contact =
          new StaffContact(
              user, blankTo(input.displayName(), null), input.email().strip(), language);
      em.persist(contact);
    } else {
      before.putAll(state(contact));
      contact.change(blankTo(input.displayName(), null), input.email().strip(), language);
    }
    em.flush();
    audit.recordChange(
        "StaffContact",
        user,
        before.isEmpty() ? "CREATE" : "CHANGE",
        actor(),
        before,
        state(contact));
    return settings();
  }

  public ServiceLevelSettings removeStaffContact(String userName) {
    StaffContact contact = em.find(StaffContact.class, userName);
    if (contact == null) {
      throw new RecordNotFoundException("StaffContact", userName);
    }
    Map<String, Object> before = state(contact);
    em.remove(contact);
    em.flush();
    audit.recordChange("StaffContact", userName, "REMOVE", actor(), before, Map.of());
    return settings();
  }

  private BusinessCalendar calendar(long id, String field) {
    BusinessCalendar calendar = em.find(BusinessCalendar.class, id);
    if (calendar == null) {
      if ("id".equals(field)) {
        throw new RecordNotFoundException("BusinessCalendar", String.valueOf(id));
      }
      throw new InvalidInputException(field, Messages.text("sla.unknownCalendar", id));
    }
    return calendar;
  }

  private ServiceLevel rule(String scope) {
    return em
        .createQuery("SELECT s FROM ServiceLevel s WHERE s.scopeKey = :key", ServiceLevel.class)
        .setParameter("key", scope)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static int minutes(String time) {
    return "24:00".equals(time)
        ? BusinessCalendar.END_OF_DAY
        : LocalTime.parse(time).getHour() * 60 + LocalTime.parse(time).getMinute();
  }

  static String time(int minutes) {
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  private static ServiceLevelSettings.CalendarView view(BusinessCalendar c, int rules) {
    return new ServiceLevelSettings.CalendarView(
        c.id(),
        c.name(),
        c.timeZone(),
        List.copyOf(c.workingDays()),
        time(c.dayStart().getHour() * 60 + c.dayStart().getMinute()),
        time(c.dayEndMinute()),
        c.holidays().entrySet().stream()
            .map(e -> new ServiceLevelSettings.Holiday(e.getKey(), e.getValue()))
            .toList(),
        c.version(),
        rules);
  }

  private static ServiceLevelSettings.RuleView view(ServiceLevel r) {
    return new ServiceLevelSettings.RuleView(
        r.scopeKey(),
        r.category() == null ? null : r.category().code(),
        r.priority(),
        r.calendar().id(),
        r.calendar().name(),
        r.acknowledgeHours(),
        r.respondHours(),
        r.resolveHours(),
        r.isStandard());
  }

  private static Map<String, Object> state(BusinessCalendar c) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", c.name());
    state.put("timeZone", c.timeZone());
    state.put("workingDays", c.workingDays().toString());
    state.put("dayStart", c.dayStart().toString());
    state.put("dayEnd", time(c.dayEndMinute()));
    state.put("holidays", c.holidays().toString());
    return state;
  }

  private static Map<String, Object> state(ServiceLevel r) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("calendar", r.calendar().name());
    state.put("acknowledgeHours", r.acknowledgeHours());
    state.put("respondHours", r.respondHours());
    state.put("resolveHours", r.resolveHours());
    return state;
  }

  private static Map<String, Object> state(StaffContact s) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("displayName", s.displayName());
    state.put("email", s.email());
    state.put("language", s.language());
    return state;
  }

  private static Map<String, Object> escalationState(HandlingPolicy p) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("managerEmail", p.managerEmail());
    state.put("officerEmail", p.officerEmail());
    state.put("officerAfterHours", p.officerAfterHours());
    return state;
  }

  private static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
