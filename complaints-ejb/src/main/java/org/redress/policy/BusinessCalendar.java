package org.redress.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * When the organisation works: the working days of the week, the working hours of each of them, the
 * holidays, all in one time zone. Service-level deadlines are counted in this calendar's working
 * time, so a complaint received on Friday evening with eight working hours to be acknowledged is
 * due on Monday afternoon, not on Saturday. A calendar working every day from 00:00 to 24:00 counts
 * plain elapsed time.
 */
@Entity
@Table(name = "BUSINESS_CALENDAR")
@NamedQuery(
    name = "BusinessCalendar.findAll",
    query = "SELECT c FROM BusinessCalendar c ORDER BY c.id")
public class BusinessCalendar {

  /** The minutes of a whole day: a working day ending at this minute ends at midnight. */
  public static final int END_OF_DAY = 24 * 60;

  /** No deadline is searched for further ahead than this (a calendar of holidays only). */
  private static final int MAX_DAYS = 3 * 366;

  @Id
  @SequenceGenerator(
      name = "calendar_seq",
      sequenceName = "BUSINESS_CALENDAR_SEQ",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_seq")
  private Long id;

  @Version private long version;

  @Column(name = "NAME", nullable = false, unique = true, length = 100)
  private String name;

  @Column(name = "TIME_ZONE", nullable = false, length = 60)
  private String timeZone;

  /** ISO day numbers, Monday 1 to Sunday 7, comma-separated. */
  @Column(name = "WORKING_DAYS", nullable = false, length = 20)
  private String workingDays;

  @Column(name = "DAY_START_MINUTE", nullable = false)
  private int dayStartMinute;

  @Column(name = "DAY_END_MINUTE", nullable = false)
  private int dayEndMinute;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "CALENDAR_HOLIDAY", joinColumns = @JoinColumn(name = "CALENDAR_ID"))
  @MapKeyColumn(name = "HOLIDAY_DATE")
  @Column(name = "NAME", nullable = false, length = 100)
  private Map<LocalDate, String> holidays = new TreeMap<>();

  protected BusinessCalendar() {}

  /**
   * A calendar, checked: a known time zone, at least one working day, working hours that begin
   * before they end.
   */
  public BusinessCalendar(
      String name,
      String timeZone,
      Set<DayOfWeek> workingDays,
      LocalTime dayStart,
      int dayEndMinute,
      Map<LocalDate, String> holidays) {
    change(name, timeZone, workingDays, dayStart, dayEndMinute, holidays);
  }

  /** Replaces the whole calendar with the same checks as a new one. */
  public void change(
      String name,
      String timeZone,
      Set<DayOfWeek> workingDays,
      LocalTime dayStart,
      int dayEndMinute,
      Map<LocalDate, String> holidays) {
    ZoneId.of(timeZone);
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("A calendar needs at least one working day");
    }
    int start = dayStart.getHour() * 60 + dayStart.getMinute();
    if (dayEndMinute <= start || dayEndMinute > END_OF_DAY) {
      throw new IllegalArgumentException("The working day must end after it begins");
    }
    this.name = name;
    this.timeZone = timeZone;
    this.workingDays =
        workingDays.stream()
            .sorted()
            .map(d -> String.valueOf(d.getValue()))
            .collect(Collectors.joining(","));
    this.dayStartMinute = start;
    this.dayEndMinute = dayEndMinute;
    this.holidays.clear();
    this.holidays.putAll(holidays);
  }

  /**
   * The moment at which this much working time has passed after {@code start}. Time outside the
   * working hours, on days off and on holidays does not count.
   */
  public Instant plusWorkingTime(Instant start, Duration work) {
    if (work.isNegative() || work.isZero()) {
      return start;
    }
    ZoneId zone = zone();
    Duration remaining = work;
    LocalDate day = start.atZone(zone).toLocalDate();
    for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      Instant opens = max(opening(day, zone), start);
      Instant closes = closing(day, zone);
      if (!opens.isBefore(closes)) {
        continue;
      }
      Duration available = Duration.between(opens, closes);
      if (remaining.compareTo(available) <= 0) {
        return opens.plus(remaining);
      }
      remaining = remaining.minus(available);
    }
    throw new IllegalStateException(
        "The calendar " + name + " has no working time in the next " + MAX_DAYS + " days");
  }

  /** The working time between two moments (zero when {@code to} is not after {@code from}). */
  public Duration workingTimeBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    ZoneId zone = zone();
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      Instant opens = max(opening(day, zone), from);
      Instant closes = min(closing(day, zone), to);
      if (opens.isBefore(closes)) {
        total = total.plus(Duration.between(opens, closes));
      }
    }
    return total;
  }

  /** True on a working day of the week that is not a holiday. */
  public boolean isWorkingDay(LocalDate day) {
    return workingDays().contains(day.getDayOfWeek()) && !holidays.containsKey(day);
  }

  /** The working time of one working day. */
  public Duration workingDay() {
    return Duration.ofMinutes((long) dayEndMinute - dayStartMinute);
  }

  /** True when every hour of every day counts (deadlines in plain elapsed time). */
  public boolean isAroundTheClock() {
    return dayStartMinute == 0 && dayEndMinute == END_OF_DAY && workingDays().size() == 7;
  }

  private Instant opening(LocalDate day, ZoneId zone) {
    return ZonedDateTime.of(day, LocalTime.of(dayStartMinute / 60, dayStartMinute % 60), zone)
        .toInstant();
  }

  private Instant closing(LocalDate day, ZoneId zone) {
    return dayEndMinute == END_OF_DAY
        ? day.plusDays(1).atStartOfDay(zone).toInstant()
        : ZonedDateTime.of(day, LocalTime.of(dayEndMinute / 60, dayEndMinute % 60), zone)
            .toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public String timeZone() {
    return timeZone;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Set<DayOfWeek> workingDays() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Arrays.stream(workingDays.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(s -> days.add(DayOfWeek.of(Integer.parseInt(s))));
    return days;
  }

  public LocalTime dayStart() {
    return LocalTime.of(dayStartMinute / 60, dayStartMinute % 60);
  }

  /** The minute of the day the working day ends, 1440 for midnight. */
  public int dayEndMinute() {
    return dayEndMinute;
  }

  public Map<LocalDate, String> holidays() {
    return Collections.unmodifiableMap(new TreeMap<>(holidays));
  }
}
