package org.redress.analysis;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Replaces the snapshot rows of each computed period: the period's old rows go and the new ones
 * come in the chunk's transaction, so a reader never sees a half-written period and a re-run gives
 * the same rows again.
 */
@Named
@Dependent
public class KpiSnapshotWriter extends AbstractItemWriter {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Override
  public void writeItems(List<Object> items) {
    Timestamp computedAt = Timestamp.from(clock.instant());
    for (Object item : items) {
      PeriodSnapshot snapshot = (PeriodSnapshot) item;
      Date start = Date.valueOf(snapshot.period().start());
      String kind = snapshot.period().kind().name();
      em.createNativeQuery("DELETE FROM KPI_SNAPSHOT WHERE PERIOD_KIND = ?1 AND PERIOD_START = ?2")
          .setParameter(1, kind)
          .setParameter(2, start)
          .executeUpdate();
      for (KpiValue value : snapshot.values()) {
        // "No data" is written as a NULL literal: a null parameter has no SQL type that
        // PostgreSQL accepts for a DECIMAL column.
        Query insert =
            em.createNativeQuery(
                "INSERT INTO KPI_SNAPSHOT (PERIOD_KIND, PERIOD_START, DIMENSION, DIMENSION_KEY,"
                    + " KPI, KPI_VALUE, SAMPLE_SIZE, COMPUTED_AT)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, "
                    + (value.value() == null ? "NULL" : "?6")
                    + ", ?7, ?8)");
        insert
            .setParameter(1, kind)
            .setParameter(2, start)
            .setParameter(3, value.dimension().name())
            .setParameter(4, value.key())
            .setParameter(5, value.kpi().name())
            .setParameter(7, value.sampleSize())
            .setParameter(8, computedAt);
        if (value.value() != null) {
          insert.setParameter(6, value.value());
        }
        insert.executeUpdate();
      }
    }
  }
}
