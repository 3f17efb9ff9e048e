package org.redress.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out the numbers behind human-readable references such as {@code CMP-2026-000042}: one
 * series per kind of record, starting again at 1 every year. The counter row is incremented in the
 * database in a short transaction of its own, so two server instances never hand out the same
 * number and the row lock is held for milliseconds, not for the whole intake. A number whose intake
 * then fails is skipped, as with any database sequence.
 */
@Stateless
public class YearlySequence {

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  /** The next number of the year's series. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long next(String series, int year) {
    return take(series, year, 1);
  }

  /**
   * Reserves {@code count} consecutive numbers of the year's series at once (a bulk import's
   * chunk), for the price of one.
   *
   * @return the first of them
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long reserve(String series, int year, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("Reserve at least one number, not " + count);
    }
    return take(series, year, count);
  }

  private long take(String series, int year, int count) {
    // The year's counter exists for all but the first number of a year: count up first, and only
    // when there was nothing to count up start the counter, rather than asking every time.
    if (countUp(series, year, count) != 1) {
      try {
        context.getBusinessObject(YearlySequence.class).createCounter(series, year);
      } catch (EJBException raced) {
        // Another instance created the year's counter first: use theirs.
      }
      if (countUp(series, year, count) != 1) {
        throw new IllegalStateException("No counter for " + series + " " + year);
      }
    }
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT LAST_NUMBER FROM REFERENCE_COUNTER WHERE SERIES = ? AND COUNTER_YEAR = ?")
                .setParameter(1, series)
                .setParameter(2, year)
                .getSingleResult();
    return last.longValue() - count + 1;
  }

  /** Starts a year's counter; a separate transaction, so a lost race costs nothing. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createCounter(String series, int year) {
    em.createNativeQuery(
            "INSERT INTO REFERENCE_COUNTER (SERIES, COUNTER_YEAR, LAST_NUMBER) VALUES (?, ?, 0)")
        .setParameter(1, series)
        .setParameter(2, year)
        .executeUpdate();
  }

  /** Adds {@code count} to the counter, holding its row lock until this transaction ends. */
  private int countUp(String series, int year, int count) {
    return em.createNativeQuery(
            "UPDATE REFERENCE_COUNTER SET LAST_NUMBER = LAST_NUMBER + ?"
                + " WHERE SERIES = ? AND COUNTER_YEAR = ?")
        .setParameter(1, count)
        .setParameter(2, series)
        .setParameter(3, year)
        .executeUpdate();
  }
}
