package org.redress.audit.sampling;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.redress.platform.RecordNotFoundException;

/**
 * A random sample of the complaints closed in a period, drawn for an audit (ISO 10002 8.5). It
 * keeps the seed, the size and a fingerprint of the population it was drawn from, so that anybody
 * can draw it again and get the same complaints; and the members in the order they were drawn, each
 * with the auditor's checklist answers. Its members never change after the draw.
 */
@Entity
@Table(name = "AUDIT_SAMPLE")
@NamedQuery(
    name = "AuditSample.findByReference",
    query = "SELECT s FROM AuditSample s WHERE s.reference = :reference")
public class AuditSample {

  @Id
  @SequenceGenerator(
      name = "audit_sample_seq",
      sequenceName = "AUDIT_SAMPLE_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_sample_seq")
  private Long id;

  @Version private long version;

  @Column(name = "REFERENCE", nullable = false, unique = true, length = 20)
  private String reference;

  @Column(name = "PERIOD_FROM", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "PERIOD_TO", nullable = false)
  private LocalDate periodTo;

  @Column(name = "REQUESTED_SIZE", nullable = false)
  private int requestedSize;

  @Column(name = "SEED", nullable = false)
  private long seed;

  @Column(name = "POPULATION_SIZE", nullable = false)
  private int populationSize;

  @Column(name = "POPULATION_HASH", nullable = false, length = 64)
  private String populationHash;

  @Column(name = "PURPOSE", length = 500)
  private String purpose;

  @Column(name = "DRAWN_BY", nullable = false, length = 100)
  private String drawnBy;

  @Column(name = "DRAWN_AT", nullable = false)
  private Instant drawnAt;

  @OneToMany(mappedBy = "sample", cascade = CascadeType.ALL)
  @OrderBy("drawNo ASC")
  private List<SampledComplaint> members = new ArrayList<>();

  protected AuditSample() {}

  /**
   * Records a draw.
   *
   * @param drawn the complaints drawn, in the order of the draw: id and reference
   */
  public static AuditSample drawn(
      String reference,
      LocalDate from,
      LocalDate to,
      int requestedSize,
      long seed,
      int populationSize,
      String populationHash,
      String purpose,
      List<Member> drawn,
      String actor,
      Instant now) {
    AuditSample sample = new AuditSample();
    sample.reference = reference;
    sample.periodFrom = from;
    sample.periodTo = to;
    sample.requestedSize = requestedSize;
    sample.seed = seed;
    sample.populationSize = populationSize;
    sample.populationHash = populationHash;
    sample.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    sample.drawnBy = actor;
    sample.drawnAt = now;
    int number = 0;
    for (Member member : drawn) {
      sample.members.add(
          new SampledComplaint(sample, ++number, member.complaintId(), member.reference()));
    }
    return sample;
  }

  /** A complaint drawn: its id and reference. */
  public record Member(long complaintId, String reference) {}

  public SampledComplaint member(String complaintReference) {
    return members.stream()
        .filter(m -> m.complaintReference().equals(complaintReference))
        .findFirst()
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    "Sampled complaint", reference + "/" + complaintReference));
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public LocalDate periodFrom() {
    return periodFrom;
  }

  public LocalDate periodTo() {
    return periodTo;
  }

  public int requestedSize() {
    return requestedSize;
  }

  public long seed() {
    return seed;
  }

  public int populationSize() {
    return populationSize;
  }

  public String populationHash() {
    return populationHash;
  }

  public String purpose() {
    return purpose;
  }

  public String drawnBy() {
    return drawnBy;
  }

  public Instant drawnAt() {
    return drawnAt;
  }

  public List<SampledComplaint> members() {
    return Collections.unmodifiableList(members);
  }
}
