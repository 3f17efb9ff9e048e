package org.redress.analysis;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * Replaces the snapshot rows of each computed period: the period's old rows go and the new ones
 * come in the chunk's transaction, so a reader never sees a half-written period and a re-run gives
 * the same rows again. The rows go in JDBC batches (a month of 5 years' complaints has some
 * thousand rows).
 */
@Named
@Dependent
public class KpiSnapshotWriter extends AbstractItemWriter {

  private static final int BATCH = 500;

  @Resource(lookup = "jdbc/redress")
  DataSource dataSource;

  @Inject Clock clock;

  @Override
  @SuppressWarnings("unchecked")
  public void writeItems(List<Object> items) throws SQLException {
    Timestamp computedAt = Timestamp.from(clock.instant());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM KPI_SNAPSHOT WHERE PERIOD_KIND = ? AND PERIOD_START = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO KPI_SNAPSHOT (PERIOD_KIND, PERIOD_START, DIMENSION, DIMENSION_KEY,"
                    + " KPI, KPI_VALUE, SAMPLE_SIZE, COMPUTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (Object item : items) {
        for (PeriodSnapshot snapshot : (List<PeriodSnapshot>) item) {
          Date start = Date.valueOf(snapshot.period().start());
          String kind = snapshot.period().kind().name();
          delete.setString(1, kind);
          delete.setDate(2, start);
          delete.executeUpdate();
          for (KpiValue value : snapshot.values()) {
            insert.setString(1, kind);
            insert.setDate(2, start);
            insert.setString(3, value.dimension().name());
            insert.setString(4, value.key());
            insert.setString(5, value.kpi().name());
            // "No data" is a NULL of the column's type.
            if (value.value() == null) {
              insert.setNull(6, Types.DECIMAL);
            } else {
              insert.setBigDecimal(6, value.value());
            }
            insert.setLong(7, value.sampleSize());
            insert.setTimestamp(8, computedAt);
            insert.addBatch();
            if (++pending == BATCH) {
              insert.executeBatch();
              pending = 0;
            }
          }
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }
}
