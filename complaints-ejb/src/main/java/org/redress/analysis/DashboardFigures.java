package org.redress.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.Priority;

/**
 * The figures of the staff dashboard.
 *
 * @param openByPriority open cases per priority; unassessed cases under the key {@code null}
 * @param receivedPerWeek complaints received in each of the last weeks, oldest first
 * @param averageHoursToAcknowledge over the complaints received in the last 90 days, or null
 * @param averageHoursToRespond receipt to communicated decision, last 90 days, or null
 */
public record DashboardFigures(
    Map<ComplaintStatus, Long> byStatus,
    Map<Priority, Long> openByPriority,
    long unassessedOpen,
    long open,
    long overdue,
    List<Week> receivedPerWeek,
    Double averageHoursToAcknowledge,
    Double averageHoursToRespond)
    implements Serializable {

  /** One week, starting on Monday. */
  public record Week(LocalDate startsOn, long received) implements Serializable {}
}
