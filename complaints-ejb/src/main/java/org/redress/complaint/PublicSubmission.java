package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One use of the public complaint form, by the hash of the sender's address: the rate limit counts
 * these, in the database, so that it holds across server instances.
 */
@Entity
@Table(name = "PUBLIC_SUBMISSION")
@NamedQuery(
    name = "PublicSubmission.countSince",
    query =
        "SELECT COUNT(p) FROM PublicSubmission p"
            + " WHERE p.addressHash = :addressHash AND p.submittedAt > :since")
public class PublicSubmission {

  @Id
  @SequenceGenerator(
      name = "public_submission_seq",
      sequenceName = "PUBLIC_SUBMISSION_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_submission_seq")
  private Long id;

  @Column(name = "ADDRESS_HASH", nullable = false, length = 64)
  private String addressHash;

  @Column(name = "SUBMITTED_AT", nullable = false)
  private Instant submittedAt;

  protected PublicSubmission() {}

  PublicSubmission(String addressHash, Instant submittedAt) {
    this.addressHash = addressHash;
    this.submittedAt = submittedAt;
  }
}
