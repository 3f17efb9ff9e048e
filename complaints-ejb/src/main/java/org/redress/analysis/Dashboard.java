package org.redress.analysis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.Priority;
import org.redress.security.Roles;

/**
 * The figures a complaints manager looks at first: open cases by state and priority, overdue cases,
 * complaints received per week and how fast they were acknowledged and answered. Each figure is one
 * indexed aggregate query; the averages look at the last 90 days only.
 */
@Stateless
@RolesAllowed({Roles.HANDLER, Roles.MANAGER, Roles.QMS_ADMIN, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class Dashboard {

  static final int WEEKS = 12;
  static final int AVERAGE_DAYS = 90;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  public DashboardFigures figures() {
    Instant now = clock.instant();
    List<ComplaintStatus> open =
        Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isOpen).toList();
    List<ComplaintStatus> awaiting =
        Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::awaitsResponse).toList();

    Map<ComplaintStatus, Long> byStatus = new EnumMap<>(ComplaintStatus.class);
    for (ComplaintStatus status : ComplaintStatus.values()) {
      byStatus.put(status, 0L);
    }
    em.createQuery("SELECT c.status, COUNT(c) FROM Complaint c GROUP BY c.status", Object[].class)
        .getResultList()
        .forEach(row -> byStatus.put((ComplaintStatus) row[0], (Long) row[1]));

    Map<Priority, Long> byPriority = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      byPriority.put(priority, 0L);
    }
    long unassessed = 0;
    for (Object[] row :
        em.createQuery(
                "SELECT c.priority, COUNT(c) FROM Complaint c WHERE c.status IN :open"
                    + " GROUP BY c.priority",
                Object[].class)
            .setParameter("open", open)
            .getResultList()) {
      if (row[0] == null) {
        unassessed += (Long) row[1];
      } else {
        byPriority.put((Priority) row[0], (Long) row[1]);
      }
    }
    long openCount = open.stream().mapToLong(byStatus::get).sum();
    long overdue =
        em.createQuery(
                "SELECT COUNT(c) FROM Complaint c WHERE c.status IN :awaiting"
                    + " AND c.responseDueAt < :now",
                Long.class)
            .setParameter("awaiting", awaiting)
            .setParameter("now", now)
            .getSingleResult();

    return new DashboardFigures(
        byStatus,
        byPriority,
        unassessed,
        openCount,
        overdue,
        receivedPerWeek(now),
        averageHours("c.acknowledgedAt", now),
        averageHours("c.decisionCommunicatedAt", now));
  }

  private List<DashboardFigures.Week> receivedPerWeek(Instant now) {
    LocalDate thisMonday =
        LocalDate.ofInstant(now, ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<DashboardFigures.Week> weeks = new ArrayList<>();
    for (int back = WEEKS - 1; back >= 0; back--) {
      LocalDate monday = thisMonday.minusWeeks(back);
      Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant to = monday.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      long received =
          em.createQuery(
                  "SELECT COUNT(c) FROM Complaint c WHERE c.receivedAt >= :from"
                      + " AND c.receivedAt < :to",
                  Long.class)
              .setParameter("from", from)
              .setParameter("to", to)
              .getSingleResult();
      weeks.add(new DashboardFigures.Week(monday, received));
    }
    return weeks;
  }

  private Double averageHours(String reachedAt, Instant now) {
    List<Object[]> pairs =
        em.createQuery(
                "SELECT c.receivedAt, "
                    + reachedAt
                    + " FROM Complaint c WHERE c.receivedAt >= :since AND "
                    + reachedAt
                    + " IS NOT NULL",
                Object[].class)
            .setParameter("since", now.minus(Duration.ofDays(AVERAGE_DAYS)))
            .getResultList();
    return pairs.stream()
        .mapToDouble(p -> Duration.between((Instant) p[0], (Instant) p[1]).toMinutes() / 60.0)
        .average()
        .stream()
        .boxed()
        .findFirst()
        .orElse(null);
  }
}
