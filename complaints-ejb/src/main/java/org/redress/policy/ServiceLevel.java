package org.redress.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import org.redress.complaint.Priority;

/**
 * A service-level rule: how many working hours of its calendar the organisation gives itself to
 * acknowledge, respond to and resolve a complaint, for one category or all, and one priority or
 * all. The most specific rule applies (see {@link ServiceLevels}). The standard rules, for every
 * category and one priority each, always exist.
 */
@Entity
@Table(name = "SERVICE_LEVEL")
@NamedQuery(name = "ServiceLevel.findAll", query = "SELECT s FROM ServiceLevel s ORDER BY s.id")
public class ServiceLevel {

  /** The most working hours any target may have (about two years of round-the-clock time). */
  public static final int MAX_HOURS = 17_520;

  @Id
  @SequenceGenerator(
      name = "service_level_seq",
      sequenceName = "SERVICE_LEVEL_SEQ",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_level_seq")
  private Long id;

  @Version private long version;

  /** Category code or "*", a colon, priority or "*": unique, so a scope has one rule. */
  @Column(name = "SCOPE_KEY", nullable = false, unique = true, length = 80)
  private String scopeKey;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "CATEGORY_ID")
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(name = "PRIORITY", length = 20)
  private Priority priority;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "CALENDAR_ID", nullable = false)
  private BusinessCalendar calendar;

  @Column(name = "ACKNOWLEDGE_HOURS", nullable = false)
  private int acknowledgeHours;

  @Column(name = "RESPOND_HOURS", nullable = false)
  private int respondHours;

  @Column(name = "RESOLVE_HOURS", nullable = false)
  private int resolveHours;

  protected ServiceLevel() {}

  public ServiceLevel(
      Category category,
      Priority priority,
      BusinessCalendar calendar,
      int acknowledgeHours,
      int respondHours,
      int resolveHours) {
    this.category = category;
    this.priority = priority;
    this.scopeKey = scopeKey(category, priority);
    change(calendar, acknowledgeHours, respondHours, resolveHours);
  }

  /** The targets and calendar of this scope, checked: each at least an hour, in order. */
  public void change(
      BusinessCalendar calendar, int acknowledgeHours, int respondHours, int resolveHours) {
    String problem = problem(acknowledgeHours, respondHours, resolveHours);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    this.calendar = calendar;
    this.acknowledgeHours = acknowledgeHours;
    this.respondHours = respondHours;
    this.resolveHours = resolveHours;
  }

  /**
   * What is wrong with these targets, or {@code null}: each between 1 and {@link #MAX_HOURS}, and
   * acknowledge no later than respond, respond no later than resolve.
   */
  public static String problem(int acknowledgeHours, int respondHours, int resolveHours) {
    for (int hours : new int[] {acknowledgeHours, respondHours, resolveHours}) {
      if (hours < 1 || hours > MAX_HOURS) {
        return "out-of-range";
      }
    }
    if (acknowledgeHours > respondHours) {
      return "acknowledge-after-respond";
    }
    if (respondHours > resolveHours) {
      return "respond-after-resolve";
    }
    return null;
  }

  public static String scopeKey(Category category, Priority priority) {
    return (category == null ? "*" : category.code()) + ":" + (priority == null ? "*" : priority);
  }

  /** True for a standard rule (all categories, one priority), which cannot be removed. */
  public boolean isStandard() {
    return category == null && priority != null;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String scopeKey() {
    return scopeKey;
  }

  public Category category() {
    return category;
  }

  public Priority priority() {
    return priority;
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  public int acknowledgeHours() {
    return acknowledgeHours;
  }

  public int respondHours() {
    return respondHours;
  }

  public int resolveHours() {
    return resolveHours;
  }

  public Duration acknowledgeWithin() {
    return Duration.ofHours(acknowledgeHours);
  }

  public Duration respondWithin() {
    return Duration.ofHours(respondHours);
  }

  public Duration resolveWithin() {
    return Duration.ofHours(resolveHours);
  }
}
