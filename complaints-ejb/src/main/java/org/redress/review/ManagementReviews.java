package org.redress.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
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
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.redress.audit.AuditRecordTypes;
import org.redress.audit.AuditTrail;
import org.redress.platform.CallerLocale;
import org.redress.platform.Hashes;
import org.redress.platform.InputValidator;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.YearlySequence;
import org.redress.security.Roles;

/**
 * Management reviews (ISO 10002 8.6) for managers and QMS admins: request the report of a span of
 * months (the {@code management-review} job gathers and renders it), follow its progress, download
 * it as PDF or CSV, and record the review's decisions, which are printed in the report from then
 * on. Auditors and administrators read them.
 */
@Stateless
public class ManagementReviews {

  /** The batch job's id: {@code META-INF/batch-jobs/management-review.xml}. */
  public static final String JOB = "management-review";

  static final String SERIES = "MR";

  private static final Logger LOG = Logger.getLogger(ManagementReviews.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject InputValidator validator;

  @EJB YearlySequence sequence;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  /** Records the review and starts the job that gathers and renders its report. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN})
  public ReviewView request(RequestReview input) {
    if (input == null) {
      throw new InvalidInputException("body", Messages.text("field.bodyRequired"));
    }
    ReviewPeriod period =
        ReviewPeriod.of(
            input.fromMonth(),
            input.toMonth(),
            YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)));
    ManagementReviews self = context.getBusinessObject(ManagementReviews.class);
    String reference = self.create(period, CallerLocale.current().toLanguageTag());
    Properties parameters = new Properties();
    parameters.setProperty("reference", reference);
    try {
      long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
      LOG.info(
          () -> "Management review " + reference + " for " + period.label() + ": " + execution);
    } catch (RuntimeException refused) {
      self.discard(reference);
      throw refused;
    }
    return find(reference);
  }

  /** Stores a new review; for {@link #request} only. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN})
  public String create(ReviewPeriod period, String language) {
    Instant now = clock.instant();
    int year = now.atOffset(ZoneOffset.UTC).getYear();
    String reference =
        String.format(Locale.ROOT, "MR-%04d-%04d", year, sequence.next(SERIES, year));
    ManagementReview review = new ManagementReview(reference, period, language, actor(), now);
    em.persist(review);
    audit.recordChange(
        AuditRecordTypes.MANAGEMENT_REVIEW,
        reference,
        "REQUEST",
        actor(),
        Map.of(),
        review.auditState());
    return reference;
  }

  /** Removes a review whose job could not be started; for {@link #request} only. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN})
  public void discard(String reference) {
    ManagementReview review = load(reference);
    audit.recordChange(
        AuditRecordTypes.MANAGEMENT_REVIEW,
        reference,
        "DISCARD",
        actor(),
        review.auditState(),
        Map.of());
    em.remove(review);
  }

  /** The job execution working on the review now; called by the job as it starts or restarts. */
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN, Roles.ADMINISTRATOR})
  public ReviewPeriod executing(String reference, long execution) {
    ManagementReview review = load(reference);
    review.executing(execution);
    return review.period();
  }

  /** Stores one gathered part (replacing it after a restart); in the job's chunk transaction. */
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN, Roles.ADMINISTRATOR})
  public void storePart(String reference, ReviewPart part, byte[] json) {
    ManagementReview review = load(reference);
    em.createNativeQuery("DELETE FROM MANAGEMENT_REVIEW_PART WHERE REVIEW_ID = ?1 AND PART_NO = ?2")
        .setParameter(1, review.id())
        .setParameter(2, part.number())
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO MANAGEMENT_REVIEW_PART (REVIEW_ID, PART_NO, KIND, CONTENT)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, review.id())
        .setParameter(2, part.number())
        .setParameter(3, part.kind().name())
        .setParameter(4, json)
        .executeUpdate();
    review.gathered(part.number());
  }

  /** Renders the PDF and the CSV from the stored parts; the job's last step. */
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN, Roles.ADMINISTRATOR})
  public void render(String reference) {
    ManagementReview review = load(reference);
    Map<String, Object> before = review.auditState();
    store(review);
    review.rendered(clock.instant());
    audit.recordChange(
        AuditRecordTypes.MANAGEMENT_REVIEW,
        reference,
        "GENERATE",
        actor(),
        before,
        review.auditState());
  }

  /**
   * Records the review's decisions and renders the report again with them (same figures: the stored
   * parts are not gathered anew).
   */
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN})
  public ReviewView decide(String reference, ReviewDecisions decisions) {
    if (decisions == null) {
      throw new InvalidInputException("body", Messages.text("field.bodyRequired"));
    }
    validator.check(decisions);
    ManagementReview review = load(reference);
    Map<String, Object> before = review.auditState();
    review.decide(decisions, actor(), clock.instant());
    store(review);
    audit.recordChange(
        AuditRecordTypes.MANAGEMENT_REVIEW,
        reference,
        "DECIDE",
        actor(),
        before,
        review.auditState());
    return view(review);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN, Roles.AUDITOR, Roles.ADMINISTRATOR})
  public ReviewView find(String reference) {
    return view(load(reference));
  }

  /** The latest reviews, newest first, a page at a time (keyset on the id). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN, Roles.AUDITOR, Roles.ADMINISTRATOR})
  public List<ReviewView> latest(String before, int limit) {
    int size = Math.max(1, Math.min(limit, 100));
    List<ManagementReview> reviews =
        before == null || before.isBlank()
            ? em.createNamedQuery("ManagementReview.latest", ManagementReview.class)
                .setMaxResults(size)
                .getResultList()
            : em.createNamedQuery("ManagementReview.before", ManagementReview.class)
                .setParameter("id", load(before.strip()).id())
                .setMaxResults(size)
                .getResultList();
    return reviews.stream().map(this::view).toList();
  }

  /** A rendered file of the report. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @RolesAllowed({Roles.MANAGER, Roles.QMS_ADMIN, Roles.AUDITOR, Roles.ADMINISTRATOR})
  public ReviewFile file(String reference, ReviewFormat format) {
    ManagementReview review = load(reference);
    List<?> content =
        em.createNativeQuery(
                "SELECT CONTENT FROM MANAGEMENT_REVIEW_FILE WHERE REVIEW_ID = ?1 AND FORMAT = ?2")
            .setParameter(1, review.id())
            .setParameter(2, format.name())
            .getResultList();
    if (review.status() != ReviewStatus.READY || content.isEmpty()) {
      throw new RecordNotFoundException("Management review report", reference + "." + format);
    }
    return new ReviewFile(
        reference.toLowerCase(Locale.ROOT) + "." + format.extension(),
        format.mediaType(),
        (byte[]) content.get(0));
  }

  private void store(ManagementReview review) {
    Map<Integer, Object> parts = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT PART_NO, KIND, CONTENT FROM MANAGEMENT_REVIEW_PART WHERE REVIEW_ID = ?1")
            .setParameter(1, review.id())
            .getResultList();
    for (Object[] row : rows) {
      parts.put(
          ((Number) row[0]).intValue(),
          ReviewParts.read(ReviewPartKind.valueOf(row[1].toString()), (byte[]) row[2]));
    }
    Instant now = clock.instant();
    ReviewReport report = ReviewReport.of(review, parts, now);
    Locale previous = CallerLocale.current();
    CallerLocale.set(Locale.forLanguageTag(review.language()));
    try {
      storeFile(review, ReviewFormat.PDF, ReviewPdf.render(report), now);
      storeFile(review, ReviewFormat.CSV, ReviewCsv.render(report), now);
    } finally {
      CallerLocale.set(previous);
    }
  }

  private void storeFile(
      ManagementReview review, ReviewFormat format, byte[] content, Instant now) {
    em.createNativeQuery("DELETE FROM MANAGEMENT_REVIEW_FILE WHERE REVIEW_ID = ?1 AND FORMAT = ?2")
        .setParameter(1, review.id())
        .setParameter(2, format.name())
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO MANAGEMENT_REVIEW_FILE"
                + " (REVIEW_ID, FORMAT, CONTENT, SIZE_BYTES, SHA256, CREATED_AT)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, review.id())
        .setParameter(2, format.name())
        .setParameter(3, content)
        .setParameter(4, (long) content.length)
        .setParameter(5, Hashes.sha256(content))
        .setParameter(6, java.sql.Timestamp.from(now))
        .executeUpdate();
  }

  private ReviewView view(ManagementReview review) {
    String status = review.status().name();
    boolean finished = review.status() == ReviewStatus.READY;
    if (!finished && review.executionId() != null) {
      BatchStatus batch = batchStatus(review.executionId());
      if (batch == BatchStatus.FAILED
          || batch == BatchStatus.STOPPED
          || batch == BatchStatus.ABANDONED) {
        status = batch.name();
        finished = true;
      }
    }
    int percent =
        review.status() == ReviewStatus.READY
            ? 100
            : Math.min(99, review.partsDone() * 100 / Math.max(1, review.partsTotal()));
    ReviewPeriod period = review.period();
    return new ReviewView(
        review.reference(),
        period.from().toString(),
        period.to().toString(),
        period.label(),
        status,
        review.status() == ReviewStatus.READY,
        finished,
        review.executionId(),
        review.partsDone(),
        review.partsTotal(),
        percent,
        review.requestedBy(),
        review.requestedAt(),
        review.generatedAt(),
        review.decisions(),
        review.decidedBy(),
        review.decidedAt());
  }

  private static BatchStatus batchStatus(long execution) {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      return operator.getJobExecution(execution).getBatchStatus();
    } catch (NoSuchJobExecutionException purged) {
      return BatchStatus.ABANDONED;
    }
  }

  private ManagementReview load(String reference) {
    List<ManagementReview> found =
        em.createNamedQuery("ManagementReview.byReference", ManagementReview.class)
            .setParameter("reference", reference == null ? "" : reference.strip())
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFoundException("Management review", reference);
    }
    return found.get(0);
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
