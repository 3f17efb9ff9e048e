package org.redress.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.redress.platform.IllegalTransitionException;

/**
 * A proposal of a recurring or systemic problem (ISO 10002 8.2) for the QMS admin: a category or
 * product received more complaints in the recent window than its baseline's control limit allows.
 * The complaints behind it are those of the group received in the window. The QMS admin raises a
 * nonconformity from it or dismisses it; while it is open, later runs of the KPI job bring its
 * window and counts up to date instead of proposing the same problem again.
 */
@Entity
@Table(name = "PROBLEM_SIGNAL")
public class ProblemSignal {

  @Id
  @SequenceGenerator(
      name = "problem_signal_seq",
      sequenceName = "PROBLEM_SIGNAL_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "problem_signal_seq")
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "DIMENSION", nullable = false, length = 20)
  private Dimension dimension;

  @Column(name = "DIMENSION_KEY", nullable = false, length = 200)
  private String key;

  @Column(name = "WINDOW_START", nullable = false)
  private Instant windowStart;

  @Column(name = "WINDOW_END", nullable = false)
  private Instant windowEnd;

  @Column(name = "RECENT_COUNT", nullable = false)
  private long recentCount;

  @Column(name = "BASELINE_COUNT", nullable = false)
  private long baselineCount;

  @Column(name = "EXPECTED", nullable = false, precision = 19, scale = 4)
  private BigDecimal expected;

  @Column(name = "UPPER_LIMIT", nullable = false)
  private long upperLimit;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 20)
  private ProblemSignalStatus status;

  @Column(name = "DETECTED_AT", nullable = false)
  private Instant detectedAt;

  @Column(name = "NONCONFORMITY_REFERENCE", length = 20)
  private String nonconformity;

  @Column(name = "DECIDED_BY", length = 100)
  private String decidedBy;

  @Column(name = "DECIDED_AT")
  private Instant decidedAt;

  protected ProblemSignal() {}

  ProblemSignal(Dimension dimension, String key, Instant detectedAt) {
    if (dimension != Dimension.CATEGORY && dimension != Dimension.PRODUCT) {
      throw new IllegalArgumentException("recurring problems are per category or product");
    }
    this.dimension = dimension;
    this.key = key;
    this.detectedAt = detectedAt;
    this.status = ProblemSignalStatus.OPEN;
  }

  /** The latest window's counts against the limit; an open proposal follows the data. */
  void observe(Instant from, Instant to, long recent, long baseline, ControlLimit limit) {
    windowStart = from;
    windowEnd = to;
    recentCount = recent;
    baselineCount = baseline;
    expected = BigDecimal.valueOf(limit.expected()).setScale(4, RoundingMode.HALF_UP);
    upperLimit = limit.upperLimit();
  }

  void raised(String nonconformityReference, String actor, Instant now) {
    decide(actor, now);
    nonconformity = nonconformityReference;
    status = ProblemSignalStatus.RAISED;
  }

  void dismiss(String actor, Instant now) {
    decide(actor, now);
    status = ProblemSignalStatus.DISMISSED;
  }

  private void decide(String actor, Instant now) {
    if (status != ProblemSignalStatus.OPEN) {
      throw new IllegalTransitionException("The proposal was already decided: " + status);
    }
    decidedBy = actor;
    decidedAt = now;
  }

  /**
   * The fields an auditor compares before and after a decision: the group and the counts it was
   * decided on, the decision and the nonconformity raised.
   */
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("dimension", dimension);
    state.put("key", key);
    state.put("windowStart", windowStart);
    state.put("windowEnd", windowEnd);
    state.put("recentCount", recentCount);
    state.put("upperLimit", upperLimit);
    state.put("status", status);
    state.put("nonconformity", nonconformity);
    return state;
  }

  public Long id() {
    return id;
  }

  public Dimension dimension() {
    return dimension;
  }

  public String key() {
    return key;
  }

  public Instant windowStart() {
    return windowStart;
  }

  public Instant windowEnd() {
    return windowEnd;
  }

  public long recentCount() {
    return recentCount;
  }

  public long baselineCount() {
    return baselineCount;
  }

  public BigDecimal expected() {
    return expected;
  }

  public long upperLimit() {
    return upperLimit;
  }

  public ProblemSignalStatus status() {
    return status;
  }

  public Instant detectedAt() {
    return detectedAt;
  }

  public String nonconformity() {
    return nonconformity;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
