package org.redress.importing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.redress.complaint.ComplaintIntake;
import org.redress.complaint.ImportLookups;
import org.redress.complaint.ImportOutcome;
import org.redress.complaint.command.ImportedComplaint;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;

/**
 * What the import job's reader, processor, writer and listeners need from the database: the run's
 * settings and file, the check and the recording of each row through {@link ComplaintIntake}, the
 * rejected rows and the counts. Writes join the job's chunk transaction, so that a chunk that rolls
 * back (a stop, a crash) leaves neither complaints nor counts behind, and its rows are done again
 * on restart. Only the job calls it (and {@link CsvImports}, to point the run at the execution it
 * just started); the import was authorised when it was started.
 */
@Stateless
@PermitAll
public class ImportJob {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB ComplaintIntake intake;

  /** The run's settings as the job reads them. */
  public record Settings(
      long runId, List<String> header, RowConversion conversion, String actor, char delimiter) {}

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Settings settings(long runId) {
    ImportRun run = em.find(ImportRun.class, runId);
    return new Settings(
        runId,
        run.header(),
        new RowConversion(run.header(), run.mapping(), run.source(), run.defaultChannel()),
        run.uploadedBy(),
        run.delimiter());
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String text(long runId) {
    return CsvText.decode(em.find(ImportFile.class, runId).content());
  }

  /**
   * Reads and checks one row by the intake's rules, outside the chunk transaction, with what the
   * chunk's rows read of the policy so far.
   *
   * @throws RejectedRowException when a value cannot be read or the complaint breaks a rule
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportedRow check(Settings settings, CsvRow row, ImportLookups lookups) {
    ImportedComplaint complaint;
    try {
      complaint = settings.conversion().convert(row, settings.header().size(), clock.instant());
    } catch (InvalidInputException unreadable) {
      throw new RejectedRowException(row, unreadable.errors());
    }
    List<FieldError> errors = intake.checkImport(complaint, lookups);
    if (!errors.isEmpty()) {
      throw new RejectedRowException(row, errors);
    }
    return new ImportedRow(row.number(), row.line(), complaint);
  }

  /**
   * Makes the run follow the execution that imports it now (see {@link ImportRunListener}). The row
   * is locked, so that this and {@link CsvImports#started} wait for each other instead of failing
   * on each other's version.
   */
  public void follow(long runId, long executionId) {
    em.find(ImportRun.class, runId, LockModeType.PESSIMISTIC_WRITE).follow(executionId);
  }

  /** Records the checked rows of a chunk and counts them. */
  public void record(Settings settings, List<ImportedRow> rows) {
    List<ImportOutcome> outcomes =
        intake.recordImports(
            rows.stream().map(ImportedRow::complaint).toList(), settings.runId(), settings.actor());
    long imported = outcomes.stream().filter(o -> o == ImportOutcome.IMPORTED).count();
    long alreadyThere = outcomes.size() - imported;
    em.find(ImportRun.class, settings.runId()).count(rows.size(), imported, alreadyThere, 0);
  }

  /** Sets a row aside with its line and reason, once even if its chunk is done again. */
  public void reject(long runId, long number, long line, List<String> values, String reason) {
    long known =
        em.createNamedQuery("ImportReject.countByRecord", Long.class)
            .setParameter("runId", runId)
            .setParameter("recordNumber", number)
            .getSingleResult();
    if (known > 0) {
      return;
    }
    em.persist(new ImportReject(runId, number, line, ImportRows.toCsv(values), reason));
    em.find(ImportRun.class, runId).count(1, 0, 0, 1);
  }
}
