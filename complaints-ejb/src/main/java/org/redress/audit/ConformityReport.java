package org.redress.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.redress.complaint.ClosingOutcome;
import org.redress.complaint.ComplainantReply;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EventType;
import org.redress.platform.InvalidInputException;
import org.redress.security.Roles;

/**
 * What an auditor asks first: does the handling meet ISO 10002, clause by clause? Each figure is
 * measured from the records of the complaints received in the period, with one aggregate query, so
 * it is the same number a direct count in the database gives.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.QMS_ADMIN, Roles.ADMINISTRATOR})
public class ConformityReport {

  @PersistenceContext EntityManager em;

  public ConformityEvidence evidence(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException("to", "must be on or after from");
    }
    Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Object[] row =
        em.createQuery(
                "SELECT COUNT(c),"
                    + " SUM(CASE WHEN c.acknowledgedAt IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.acknowledgedAt IS NOT NULL"
                    + "   AND c.acknowledgedAt <= c.acknowledgementDueAt THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.priority IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.assignee IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.decisionCommunicatedAt IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.decisionCommunicatedAt IS NOT NULL"
                    + "   AND c.decisionCommunicatedAt <= c.responseDueAt THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.status = :closed OR c.status = :withdrawn THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.escalationCount > 0 OR c.externalBody IS NOT NULL"
                    + "   OR c.complainantReply = :rejected OR c.outcome = :exhausted"
                    + "   THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN (c.escalationCount > 0 OR c.externalBody IS NOT NULL"
                    + "   OR c.complainantReply = :rejected OR c.outcome = :exhausted)"
                    + "   AND c.recourseInformation IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.reopenCount > 0 THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.nonconformityReference IS NOT NULL THEN 1 ELSE 0 END)"
                    + " FROM Complaint c WHERE c.receivedAt >= :start AND c.receivedAt < :end",
                Object[].class)
            .setParameter("closed", ComplaintStatus.CLOSED)
            .setParameter("withdrawn", ComplaintStatus.WITHDRAWN)
            .setParameter("rejected", ComplainantReply.REJECTED)
            .setParameter("exhausted", ClosingOutcome.OPTIONS_EXHAUSTED)
            .setParameter("start", start)
            .setParameter("end", end)
            .getSingleResult();
    long received = number(row[0]);
    long acknowledged = number(row[1]);
    long acknowledgedInTime = number(row[2]);
    long assessed = number(row[3]);
    long assigned = number(row[4]);
    long decided = number(row[5]);
    long decidedInTime = number(row[6]);
    long finished = number(row[7]);
    long notAccepted = number(row[8]);
    long recourseGiven = number(row[9]);
    long reopened = number(row[10]);
    long linked = number(row[11]);
    long tracked =
        em.createQuery(
                "SELECT COUNT(DISTINCT e.complaint) FROM ComplaintEvent e"
                    + " WHERE e.type = :received AND e.complaint.receivedAt >= :start"
                    + " AND e.complaint.receivedAt < :end",
                Long.class)
            .setParameter("received", EventType.RECEIVED)
            .setParameter("start", start)
            .setParameter("end", end)
            .getSingleResult();

    List<ClauseEvidence> clauses = new ArrayList<>();
    clauses.add(
        ClauseEvidence.of(
            "7.2",
            "Receipt",
            "complaints recorded with reference, contact and channel",
            received,
            received));
    clauses.add(
        ClauseEvidence.of(
            "7.3", "Tracking", "complaints with a timeline from receipt", tracked, received));
    clauses.add(
        ClauseEvidence.of("7.4", "Acknowledgement", "acknowledged", acknowledged, received));
    clauses.add(
        ClauseEvidence.of(
            "7.4",
            "Acknowledgement",
            "acknowledged within the time limit",
            acknowledgedInTime,
            acknowledged));
    clauses.add(
        ClauseEvidence.of(
            "7.5", "Initial assessment", "assessed (priority set)", assessed, received));
    clauses.add(
        ClauseEvidence.of("7.6", "Investigation", "assigned to a handler", assigned, received));
    clauses.add(
        ClauseEvidence.of(
            "7.8", "Communicating the decision", "decision communicated", decided, received));
    clauses.add(
        ClauseEvidence.of(
            "7.8",
            "Communicating the decision",
            "decision communicated by the response deadline",
            decidedInTime,
            decided));
    clauses.add(ClauseEvidence.of("7.9", "Closing", "closed or withdrawn", finished, received));
    clauses.add(
        ClauseEvidence.of(
            "7.9",
            "Closing",
            "not accepted, with the recourse information given recorded",
            recourseGiven,
            notAccepted));
    clauses.add(ClauseEvidence.of("7.9", "Closing", "reopened after closing", reopened, finished));
    clauses.add(
        ClauseEvidence.of(
            "8.2", "Analysis", "linked to a nonconformity (systemic cause)", linked, received));
    return new ConformityEvidence(from, to, received, clauses);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
