package org.redress.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.redress.audit.AuditTrail;
import org.redress.complaint.Channel;
import org.redress.platform.CallerLocale;
import org.redress.platform.Hashes;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.RuleViolationException;
import org.redress.security.Roles;

/**
 * Bulk imports of complaints for administrators and managers: upload a CSV file, see its header and
 * first rows, choose the column mapping, start the import job ({@code complaint-import}) and follow
 * it, stop and restart it, and download the rows it rejected. The job itself checks and records
 * each row through {@link org.redress.complaint.ComplaintIntake}, like the API.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MANAGER})
public class CsvImports {

  private static final Logger LOG = Logger.getLogger(CsvImports.class.getName());

  /** The batch job's id: {@code META-INF/batch-jobs/complaint-import.xml} in this module. */
  public static final String JOB = "complaint-import";

  static final int SAMPLE_ROWS = 5;
  static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB AuditTrail audit;

  @EJB ImportJob importJob;

  @Resource SessionContext context;

  /**
   * Stores an uploaded file and suggests a mapping from its header.
   *
   * @param delimiter {@code ,} or {@code ;}; null or blank to detect it from the header
   */
  public ImportView upload(String fileName, byte[] content, String delimiter) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("file", Messages.text("import.empty"));
    }
    if (content.length > MAX_FILE_BYTES) {
      throw new InvalidInputException("file", Messages.text("import.tooLarge", MAX_FILE_BYTES));
    }
    String text = CsvText.decode(content);
    char chosen =
        delimiter == null || delimiter.isBlank()
            ? CsvText.detectDelimiter(text)
            : CsvText.delimiter(delimiter, "delimiter");
    Layout layout = layout(text, chosen);
    String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
    if (name.length() > 255) {
      name = name.substring(name.length() - 255);
    }
    String actor = context.getCallerPrincipal().getName();
    ImportRun run =
        new ImportRun(
            name,
            content.length,
            Hashes.sha256(content),
            chosen,
            layout.header(),
            layout.rows(),
            ColumnMapping.suggested(layout.header()),
            actor,
            clock.instant());
    em.persist(run);
    em.flush();
    em.persist(new ImportFile(run.id(), content));
    audit.recordChange(
        "ImportRun",
        String.valueOf(run.id()),
        "UPLOAD",
        actor,
        Map.of(),
        Map.of("fileName", name, "sha256", run.sha256(), "rows", layout.rows()));
    LOG.info(() -> "Import " + run.id() + " uploaded by " + actor + ": " + layout.rows() + " rows");
    return view(run, text);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView find(long id) {
    ImportRun run = run(id);
    return view(run, null);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<ImportView> latest(int limit) {
    return em
        .createNamedQuery("ImportRun.latest", ImportRun.class)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(run -> view(run, null))
        .toList();
  }

  /** Sets the mapping, source, default channel and delimiter; refused once the job started. */
  public ImportView map(long id, ChangeMapping input) {
    validator.check(input);
    ImportRun run = run(id);
    if (run.startedAt() != null) {
      throw new RuleViolationException("import-started", Messages.text("import.alreadyStarted"));
    }
    String text = CsvText.decode(content(id));
    char delimiter =
        input.delimiter() == null || input.delimiter().isBlank()
            ? run.delimiter()
            : CsvText.delimiter(input.delimiter(), "delimiter");
    Layout layout = layout(text, delimiter);
    ColumnMapping mapping =
        ColumnMapping.of(input.mapping() == null ? Map.of() : input.mapping(), layout.header());
    String source =
        input.source() == null || input.source().isBlank() ? run.source() : input.source().strip();
    Channel channel =
        input.defaultChannel() == null ? run.defaultChannel() : input.defaultChannel();
    Map<String, Object> before = auditState(run);
    run.map(mapping, source, channel, delimiter, layout.header(), layout.rows());
    audit.recordChange(
        "ImportRun",
        String.valueOf(id),
        "MAP",
        context.getCallerPrincipal().getName(),
        before,
        auditState(run));
    return view(run, text);
  }

  /**
   * Starts the import job. Outside a transaction: the job operator keeps its own records, and the
   * run is claimed first so that two clicks start one job.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView start(long id, Integer chunkSize) {
    context.getBusinessObject(CsvImports.class).claim(id);
    Properties parameters = new Properties();
    parameters.setProperty("runId", String.valueOf(id));
    // The reasons of rejected rows are written in the language of the user who starts the import.
    parameters.setProperty("language", CallerLocale.current().toLanguageTag());
    if (chunkSize != null) {
      if (chunkSize < 1 || chunkSize > 1000) {
        throw new InvalidInputException("chunkSize", Messages.text("import.chunkSize"));
      }
      parameters.setProperty("chunkSize", String.valueOf(chunkSize));
    }
    long execution;
    try {
      execution = operator().start(JOB, parameters);
    } catch (RuntimeException refused) {
      context.getBusinessObject(CsvImports.class).release(id);
      throw refused;
    }
    context.getBusinessObject(CsvImports.class).started(id, null, execution, "START");
    return find(id);
  }

  /** Asks the running job to stop after its current chunk; a restart goes on from there. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView stop(long id) {
    ImportRun run = run(id);
    if (run.executionId() == null) {
      throw new RuleViolationException("import-not-started", Messages.text("import.notStarted"));
    }
    BatchStatus status = operator().getJobExecution(run.executionId()).getBatchStatus();
    if (status == BatchStatus.STARTING || status == BatchStatus.STARTED) {
      operator().stop(run.executionId());
    }
    return find(id);
  }

  /** Restarts a stopped or failed import from its last checkpoint. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ImportView restart(long id) {
    ImportRun run = run(id);
    if (run.executionId() == null) {
      throw new RuleViolationException("import-not-started", Messages.text("import.notStarted"));
    }
    BatchStatus status = operator().getJobExecution(run.executionId()).getBatchStatus();
    if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED) {
      throw new RuleViolationException(
          "import-not-restartable", Messages.text("import.notRestartable", status));
    }
    Properties parameters = operator().getParameters(run.executionId());
    long execution = operator().restart(run.executionId(), parameters);
    context
        .getBusinessObject(CsvImports.class)
        .started(id, run.executionId(), execution, "RESTART");
    return find(id);
  }

  /**
   * The rejected rows as CSV: the file's own columns, then the line the row starts on and the
   * reason. A row the parser could not split into columns has its text in the first column.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String rejectedCsv(long id) {
    ImportRun run = run(id);
    List<String> header = new ArrayList<>(run.header());
    header.add("line");
    header.add("reason");
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(run.delimiter()).get())) {
      printer.printRecord(header);
      for (ImportReject reject :
          em.createNamedQuery("ImportReject.byRun", ImportReject.class)
              .setParameter("runId", id)
              .getResultList()) {
        List<String> values = new ArrayList<>(ImportRows.fromCsv(reject.originalValues()));
        while (values.size() < run.header().size()) {
          values.add("");
        }
        values.add(String.valueOf(reject.line()));
        values.add(reject.reason());
        printer.printRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Marks the run as started, once; for {@link #start} only. */
  public void claim(long id) {
    ImportRun run = run(id);
    if (!run.claim(clock.instant())) {
      throw new RuleViolationException("import-started", Messages.text("import.alreadyStarted"));
    }
  }

  /** Frees a run whose job could not be started, so that it can be started again. */
  public void release(long id) {
    run(id).release();
  }

  /**
   * Points the run at the execution just started or restarted, before the answer shows the run (the
   * job's {@link ImportRunListener} does the same as the execution begins, for a restart from the
   * job console too), and records the move; for {@link #start} and {@link #restart} only.
   *
   * @param previous the execution the run followed before, null for the first start
   */
  public void started(long id, Long previous, long execution, String action) {
    importJob.follow(id, execution);
    ImportRun run = run(id);
    audit.recordChange(
        "ImportRun",
        String.valueOf(id),
        action,
        context.getCallerPrincipal().getName(),
        auditState(run, previous),
        auditState(run));
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }

  private ImportRun run(long id) {
    ImportRun run = em.find(ImportRun.class, id);
    if (run == null) {
      throw new RecordNotFoundException("Import", String.valueOf(id));
    }
    return run;
  }

  private byte[] content(long id) {
    return em.find(ImportFile.class, id).content();
  }

  private ImportView view(ImportRun run, String knownText) {
    // The first rows are for choosing the mapping: not read again while the job runs and polls.
    List<List<String>> samples = new ArrayList<>();
    if (run.startedAt() == null) {
      String text = knownText == null ? CsvText.decode(content(run.id())) : knownText;
      samples = samples(text, run.delimiter());
    }
    String status;
    boolean finished = false;
    if (run.executionId() == null) {
      status = run.startedAt() == null ? "UPLOADED" : BatchStatus.STARTING.name();
    } else {
      BatchStatus batch = operator().getJobExecution(run.executionId()).getBatchStatus();
      status = batch.name();
      finished =
          batch == BatchStatus.COMPLETED
              || batch == BatchStatus.STOPPED
              || batch == BatchStatus.FAILED
              || batch == BatchStatus.ABANDONED;
    }
    // The rejected rows themselves are the count once the run is over: a row the reader skips in
    // a chunk that writes nothing (a last line cut inside a quote) adds no count of its own.
    long rejected =
        finished
            ? em.createNamedQuery("ImportReject.countByRun", Long.class)
                .setParameter("runId", run.id())
                .getSingleResult()
            : run.rejected();
    long done = run.imported() + run.alreadyThere() + rejected;
    int percent =
        run.totalRows() == 0
            ? (finished ? 100 : 0)
            : (int) Math.min(100, done * 100 / run.totalRows());
    return new ImportView(
        run.id(),
        run.fileName(),
        run.size(),
        String.valueOf(run.delimiter()),
        run.header(),
        samples,
        run.source(),
        run.defaultChannel().name(),
        run.mapping().byFieldKey(),
        Arrays.stream(ImportField.values()).map(ImportField::key).toList(),
        status,
        run.executionId(),
        run.totalRows(),
        done,
        run.imported(),
        run.alreadyThere(),
        rejected,
        percent,
        finished,
        run.uploadedBy(),
        run.uploadedAt(),
        run.startedAt());
  }

  private static List<List<String>> samples(String text, char delimiter) {
    List<List<String>> samples = new ArrayList<>();
    CsvRecords records = new CsvRecords(text, delimiter);
    while (samples.size() < SAMPLE_ROWS && records.hasNext()) {
      try {
        samples.add(records.next().values());
      } catch (MalformedRowException unreadable) {
        samples.add(List.of(unreadable.text()));
      }
    }
    return samples;
  }

  private static Map<String, Object> auditState(ImportRun run) {
    return auditState(run, run.executionId());
  }

  private static Map<String, Object> auditState(ImportRun run, Long executionId) {
    return Map.of(
        "mapping", run.mapping().byFieldKey().toString(),
        "source", run.source(),
        "defaultChannel", run.defaultChannel().name(),
        "delimiter", String.valueOf(run.delimiter()),
        "executionId", executionId == null ? "" : String.valueOf(executionId));
  }

  /** The header of a file read with a delimiter, and how many data rows it has. */
  private static Layout layout(String text, char delimiter) {
    CsvRecords records;
    try {
      records = new CsvRecords(text, delimiter);
    } catch (MalformedRowException badHeader) {
      throw new InvalidInputException(
          "file", Messages.text("import.badHeader", badHeader.getMessage()));
    }
    List<String> header = records.header();
    if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
      throw new InvalidInputException("file", Messages.text("import.noHeader"));
    }
    if (new HashSet<>(header).size() != header.size()) {
      throw new InvalidInputException("file", Messages.text("import.duplicateColumn"));
    }
    long rows = 0;
    while (records.hasNext()) {
      try {
        records.next();
      } catch (MalformedRowException counted) {
        // an unreadable row is still a row: the job rejects it with its line
      }
      rows++;
    }
    return new Layout(header, rows);
  }

  private record Layout(List<String> header, long rows) {}
}
