package org.redress.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;

/**
 * The survey of one closed complaint: sent once, answered once, before it expires. The link's token
 * is kept only as its hash, so the table does not let anyone answer in the complainant's name.
 */
@Entity
@Table(name = "SATISFACTION_SURVEY")
@NamedQuery(
    name = "SatisfactionSurvey.byToken",
    query = "SELECT s FROM SatisfactionSurvey s WHERE s.tokenHash = :hash")
@NamedQuery(
    name = "SatisfactionSurvey.byComplaint",
    query = "SELECT s FROM SatisfactionSurvey s WHERE s.complaintId = :complaint")
public class SatisfactionSurvey {

  /** How long the link can be used. */
  public static final Duration VALID_FOR = Duration.ofDays(60);

  /** An overall score at or below this alerts the manager. */
  public static final int LOW_SCORE = 2;

  @Id
  @SequenceGenerator(
      name = "survey_seq",
      sequenceName = "SATISFACTION_SURVEY_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
  private Long id;

  @Version private long version;

  @Column(name = "COMPLAINT_ID", nullable = false, unique = true)
  private long complaintId;

  @Column(name = "COMPLAINT_REFERENCE", nullable = false, length = 20)
  private String complaintReference;

  @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "LANGUAGE", length = 35)
  private String language;

  @Column(name = "INVITED_AT", nullable = false)
  private Instant invitedAt;

  @Column(name = "EXPIRES_AT", nullable = false)
  private Instant expiresAt;

  @Column(name = "ANSWERED_AT")
  private Instant answeredAt;

  @Column(name = "OVERALL")
  private Integer overall;

  @Column(name = "FAIR")
  private Integer fair;

  @Column(name = "TIMELY")
  private Integer timely;

  @Column(name = "CLEAR")
  private Integer clear;

  @Column(name = "COMMENT_TEXT", columnDefinition = "TEXT")
  private String comment;

  protected SatisfactionSurvey() {}

  public SatisfactionSurvey(
      long complaintId, String reference, String tokenHash, String language, Instant now) {
    this.complaintId = complaintId;
    this.complaintReference = reference;
    this.tokenHash = tokenHash;
    this.language = language;
    this.invitedAt = now;
    this.expiresAt = now.plus(VALID_FOR);
  }

  /**
   * Records the answers: overall 1 to 5 required, the three aspects 1 to 5 or left out, a comment
   * of at most 4000 characters. Once only, and only before the link expires.
   *
   * @return true when the overall score is low enough to alert the manager
   */
  public boolean answer(SurveyAnswer input, Instant now) {
    if (answeredAt != null) {
      throw new IllegalTransitionException(Messages.text("survey.answered"));
    }
    if (now.isAfter(expiresAt)) {
      throw new IllegalTransitionException(Messages.text("survey.expired"));
    }
    if (input.overall() == null) {
      throw new InvalidInputException("overall", Messages.text("survey.overallRequired"));
    }
    answeredAt = now;
    overall = input.overall();
    fair = input.fair();
    timely = input.timely();
    clear = input.clear();
    comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
    return overall <= LOW_SCORE;
  }

  public boolean isAnswered() {
    return answeredAt != null;
  }

  public long complaintId() {
    return complaintId;
  }

  public String complaintReference() {
    return complaintReference;
  }

  public String language() {
    return language;
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public Integer overall() {
    return overall;
  }

  public Integer fair() {
    return fair;
  }

  public Integer timely() {
    return timely;
  }

  public Integer clear() {
    return clear;
  }

  public String comment() {
    return comment;
  }
}
